package fr.vigie.inspections.api;

/** The outcomes of an inspection that the sanctions module takes over. */
public enum FollowUp {
    /** The head proposes a formal notice (mise en demeure), signed by the president. */
    FORMAL_NOTICE_PROPOSED,
    /** The head proposes a referral to the sanctions committee. */
    REFERRAL_TO_SANCTIONS
}
