package fr.vigie.inspections.domain;

/** Why the inspection exists. */
public enum Origin {
    PROGRAMME,
    COMPLAINT,
    BREACH_NOTIFICATION,
    OWN_INITIATIVE
}
