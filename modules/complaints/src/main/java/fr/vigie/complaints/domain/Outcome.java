package fr.vigie.complaints.domain;

import fr.vigie.complaints.api.Referral;

/** How a complaint ends (DOMAIN.md §1). Two outcomes hand the case to another module. */
public enum Outcome {
    INADMISSIBLE,
    NO_BREACH,
    RESOLVED_AFTER_INTERVENTION,
    REPRIMAND_REQUESTED,
    REFERRED_TO_INSPECTION,
    REFERRED_TO_SANCTIONS,
    TRANSFERRED_TO_LEAD_AUTHORITY;

    /** The module to hand the case to, or null when the complaint ends here. */
    public Referral referral() {
        return switch (this) {
            case REFERRED_TO_INSPECTION -> Referral.INSPECTION;
            case REFERRED_TO_SANCTIONS -> Referral.SANCTIONS;
            default -> null;
        };
    }

    /** Outcomes that need the complaint to have been examined on the merits (assigned and instructed). */
    public boolean judgesTheMerits() {
        return this != INADMISSIBLE && this != TRANSFERRED_TO_LEAD_AUTHORITY;
    }
}
