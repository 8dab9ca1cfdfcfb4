package fr.vigie.archfixture.beta.domain;

import fr.vigie.archfixture.alpha.domain.AlphaCase;

/** Breaks "modules meet only through their api": it holds another module's entity. */
public class BetaCase {
    private AlphaCase related;

    public AlphaCase related() {
        return related;
    }
}
