package fr.vigie.dossiers.domain;

/** The authority's decision; {@link #TACIT_AUTHORISATION} when its period ran out in silence (loi 78-17 art. 66). */
public enum Decision {
    GRANTED,
    REFUSED,
    TACIT_AUTHORISATION;

    public boolean authorises() {
        return this != REFUSED;
    }
}
