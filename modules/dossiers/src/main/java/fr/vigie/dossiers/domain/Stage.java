package fr.vigie.dossiers.domain;

/** The stages of a dossier as reports name them (ADR 4), in procedure order. */
public enum Stage {
    COMPLETENESS(1),
    COMMITTEE(2),
    DECISION(3),
    DATA_HOLDER(4),
    AVAILABILITY(5);

    private final int order;

    Stage(int order) {
        this.order = order;
    }

    public int order() {
        return order;
    }
}
