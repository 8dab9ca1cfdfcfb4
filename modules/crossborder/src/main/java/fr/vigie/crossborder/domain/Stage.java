package fr.vigie.crossborder.domain;

/**
 * Where a cross-border case stands in the cooperation procedure (GDPR Art. 60, 65; Regulation (EU)
 * 2025/2518 for the cases its Art. 36 puts under it).
 */
public enum Stage {
    /** Opened (a complaint transmitted or received, or an own-initiative case); competence not yet confirmed. */
    OPENED,
    /** The lead authority confirmed its competence and investigates. */
    INVESTIGATING,
    /** The lead authority gave the authorities concerned its summary of key issues. */
    KEY_ISSUES_SHARED,
    /** Preliminary findings issued to the parties under investigation: their right to be heard runs. */
    PRELIMINARY_FINDINGS_ISSUED,
    /** The parties under investigation were heard (or the time-limit for their views passed). */
    PARTIES_HEARD,
    /** Draft decision submitted to the authorities concerned (GDPR Art. 60(3)); objections within 4 weeks. */
    DRAFT_DECISION_SUBMITTED,
    /** Revised draft decision submitted (GDPR Art. 60(5)); objections within 2 weeks. */
    REVISED_DRAFT_SUBMITTED,
    /** A relevant and reasoned objection not followed: the subject matter is before the Board (GDPR Art. 65(1)(a)). */
    REFERRED_TO_BOARD,
    /** The final decision is adopted (GDPR Art. 60(7)-(9), or after the Board's binding decision, Art. 65(6)). */
    FINAL_DECISION_ADOPTED,
    /**
     * The lead authority proposes to close the case by early resolution (the infringement complained
     * of has ceased, e.g. the request was answered); closed unless the complainant objects.
     */
    EARLY_RESOLUTION_PROPOSED,
    /** Closed: nothing more to do on the case. */
    CLOSED
}
