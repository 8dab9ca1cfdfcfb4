package fr.vigie.complaints.domain;

/** Where the Art. 4(1)-(2) admissibility check of a complaint lodged here stands. */
public enum CrossBorderAdmissibility {
    /** Received; the handler has not yet found it complete nor declared it inadmissible. */
    TO_CHECK,
    /** It gives the information of Art. 4(1). */
    ADMISSIBLE,
    /** Declared inadmissible for lack of Art. 4(1) information, the reasons given (Art. 4(2)). */
    INADMISSIBLE,
    /** Received from the authority it was lodged with: that authority checked it. */
    CHECKED_BY_LODGING_AUTHORITY
}
