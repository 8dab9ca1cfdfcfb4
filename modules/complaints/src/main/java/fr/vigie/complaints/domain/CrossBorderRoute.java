package fr.vigie.complaints.domain;

/** How a cross-border complaint came to the authority. */
public enum CrossBorderRoute {
    /** Lodged with this authority (which checks admissibility and transmits it to the presumed lead). */
    LODGED_HERE,
    /** Sent by the authority it was lodged with, this authority being the presumed lead. */
    RECEIVED_FROM_AUTHORITY
}
