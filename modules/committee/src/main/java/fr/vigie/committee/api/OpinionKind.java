package fr.vigie.committee.api;

/** The committee's reasoned opinion on a dossier. */
public enum OpinionKind {
    FAVOURABLE,
    FAVOURABLE_WITH_RESERVATIONS,
    UNFAVOURABLE
}
