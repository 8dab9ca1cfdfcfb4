package fr.vigie.inspections.api;

/** How serious a breach found during an inspection is. */
public enum FindingSeverity {
    MINOR,
    SIGNIFICANT,
    SERIOUS
}
