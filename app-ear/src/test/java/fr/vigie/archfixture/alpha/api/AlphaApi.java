package fr.vigie.archfixture.alpha.api;

import fr.vigie.archfixture.alpha.domain.AlphaCase;

/** Breaks "api depends on no internals": it hands out a domain object. */
public interface AlphaApi {
    AlphaCase find(long id);
}
