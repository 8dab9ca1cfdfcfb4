package fr.vigie.dossiers.domain;

/** The committee's opinion as the dossier records it; {@link #TACIT_FAVOURABLE} when its month ran out in silence. */
public enum Opinion {
    FAVOURABLE,
    FAVOURABLE_WITH_RESERVATIONS,
    UNFAVOURABLE,
    TACIT_FAVOURABLE
}
