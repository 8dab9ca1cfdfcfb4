package fr.vigie.archfixture.alpha.application;

import fr.vigie.archfixture.alpha.persistence.AlphaRows;

/** Breaks "application stays free of outer layers" and "only persistence uses persistence". */
public class LeakyService {
    private final AlphaRows rows = new AlphaRows();

    public int count() {
        return rows.count();
    }
}
