package fr.vigie.sanctions.domain;

/** How the committee decides a case. */
public enum Procedure {
    /** Rapporteur, report, reply, hearing and deliberation of the committee (décret 2019-536 art. 39-41). */
    ORDINARY,
    /** The chair decides alone, lower caps, never published (loi 78-17 art. 22-1). */
    SIMPLIFIED
}
