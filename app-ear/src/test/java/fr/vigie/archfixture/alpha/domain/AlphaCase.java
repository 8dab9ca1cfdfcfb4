package fr.vigie.archfixture.alpha.domain;

import fr.vigie.archfixture.alpha.web.AlphaBean;

/** Breaks "domain stays free of outer layers": it knows a backing bean. */
public class AlphaCase {
    private final AlphaBean shownBy = new AlphaBean();

    public AlphaBean shownBy() {
        return shownBy;
    }
}
