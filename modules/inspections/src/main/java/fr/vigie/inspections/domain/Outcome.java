package fr.vigie.inspections.domain;

import fr.vigie.inspections.api.FollowUp;

/** How the head of inspections closes an inspection. */
public enum Outcome {
    NO_ACTION(null),
    RECOMMENDATIONS(null),
    FORMAL_NOTICE_PROPOSED(FollowUp.FORMAL_NOTICE_PROPOSED),
    REFERRAL_TO_SANCTIONS(FollowUp.REFERRAL_TO_SANCTIONS);

    private final FollowUp followUp;

    Outcome(FollowUp followUp) {
        this.followUp = followUp;
    }

    /** What the sanctions module takes over, or null when the inspection ends here. */
    public FollowUp followUp() {
        return followUp;
    }
}
