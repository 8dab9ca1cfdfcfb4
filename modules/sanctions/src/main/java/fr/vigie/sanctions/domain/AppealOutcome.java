package fr.vigie.sanctions.domain;

/** What the Conseil d'État decided on an appeal. */
public enum AppealOutcome {
    CONFIRMED,
    REDUCED,
    ANNULLED
}
