package fr.vigie.platform.api.clock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which procedural rules govern a cross-border case, chosen by the day the case was opened, and
 * the legal deadlines each set of rules runs.
 *
 * <p>Why by opening date: Regulation (EU) 2025/2518 applies from 2 April 2027 to the cases opened
 * from then on; a case opened on 1 April 2027 is run to its end under the GDPR's procedure alone
 * (Art. 56, 60, 65, 66 GDPR), with none of the Regulation's deadlines, whenever its later acts
 * happen. The platform's catalogue says the same thing per deadline
 * ({@code applies-to-cases-opened-from}) and refuses to start one of the Regulation's clocks on an
 * older case; this class is what a module asks before choosing a policy, so that it never tries.
 *
 * <p>Policy codes are spelt here, not imported, because modules may use only the platform's api;
 * a test checks that each code exists in the catalogue with the same first opening date.
 */
public enum CrossBorderRules {
    /** Cases opened before 2 April 2027: the GDPR's cooperation procedure alone. */
    GDPR_ONLY,
    /** Cases opened from 2 April 2027: the GDPR completed by Regulation (EU) 2025/2518. */
    GDPR_AND_REGULATION_2025_2518;

    /** The day Regulation (EU) 2025/2518 starts to apply, to the cases opened from that day. */
    public static final LocalDate REGULATION_2025_2518_APPLIES_FROM = LocalDate.of(2027, 4, 2);

    /** GDPR Art. 60(4): objections to the draft decision within four weeks (both sets of rules). */
    public static final String DRAFT_DECISION_OBJECTIONS = "GDPR_ART_60_4_OBJECTION";

    /** GDPR Art. 60(5): objections to a revised draft decision within two weeks (both sets of rules). */
    public static final String REVISED_DRAFT_OBJECTIONS = "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION";

    /** Regulation (EU) 2025/2518 Art. 4(2): an incomplete complaint declared inadmissible within two weeks. */
    public static final String INADMISSIBILITY = "GDPR_PR_ART_4_2_INADMISSIBILITY";

    /** Regulation (EU) 2025/2518 Art. 6(2): six weeks to notify the intention to cooperate simply. */
    public static final String SIMPLE_COOPERATION_NOTICE = "GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE";

    /** Regulation (EU) 2025/2518 Art. 4(5): six weeks from receipt to transmit a complaint to the presumed lead. */
    public static final String COMPLAINT_TRANSMISSION = "GDPR_PR_COMPLAINT_TRANSMISSION";

    /** Regulation (EU) 2025/2518 Art. 12(1): 15 months to the draft, extendable once by up to 12 (Art. 12(3)). */
    public static final String INVESTIGATION = "GDPR_PR_INVESTIGATION";

    /** Regulation (EU) 2025/2518 Art. 12(6): 12 months to the draft under simple cooperation (once + 2 at most). */
    public static final String SIMPLE_COOPERATION_INVESTIGATION = "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION";

    /**
     * The rules of a case opened on {@code openedOn} (for a complaint, the day it was received).
     *
     * @throws NullPointerException without a date: a case's rules cannot be guessed
     */
    public static CrossBorderRules forCaseOpenedOn(LocalDate openedOn) {
        Objects.requireNonNull(openedOn, "the opening date of the case decides its rules");
        return openedOn.isBefore(REGULATION_2025_2518_APPLIES_FROM) ? GDPR_ONLY : GDPR_AND_REGULATION_2025_2518;
    }

    /** True under Regulation (EU) 2025/2518. */
    public boolean underRegulation2025_2518() {
        return this == GDPR_AND_REGULATION_2025_2518;
    }

    /** The deadline to declare an incomplete cross-border complaint inadmissible, if these rules set one. */
    public Optional<String> inadmissibilityPolicy() {
        return underRegulation2025_2518() ? Optional.of(INADMISSIBILITY) : Optional.empty();
    }

    /** The deadline to announce the simple cooperation procedure, if these rules know that procedure. */
    public Optional<String> simpleCooperationNoticePolicy() {
        return underRegulation2025_2518() ? Optional.of(SIMPLE_COOPERATION_NOTICE) : Optional.empty();
    }

    /** The deadline to transmit a cross-border complaint to the presumed lead authority, if these rules set one. */
    public Optional<String> complaintTransmissionPolicy() {
        return underRegulation2025_2518() ? Optional.of(COMPLAINT_TRANSMISSION) : Optional.empty();
    }

    /**
     * The deadline that bounds the lead authority's investigation (up to its draft decision). Empty
     * under the GDPR alone: the GDPR sets none, so a case opened before 2 April 2027 never gets one.
     * Under the Regulation: 15 months from the confirmation of competence to the draft decision
     * (Art. 12(1)), extendable once by up to 12 for a complex case (Art. 12(3)).
     */
    public Optional<String> investigationDeadlinePolicy() {
        return underRegulation2025_2518() ? Optional.of(INVESTIGATION) : Optional.empty();
    }

    /**
     * The deadline of the investigation once the lead authority applies the simple cooperation
     * procedure (12 months, Art. 12(6); extendable once by up to 2 where national law requires domestic
     * proceedings); the procedure exists only under the Regulation.
     */
    public Optional<String> simpleCooperationDeadlinePolicy() {
        return underRegulation2025_2518() ? Optional.of(SIMPLE_COOPERATION_INVESTIGATION) : Optional.empty();
    }

    /** GDPR Art. 60(4), the same under both sets of rules. */
    public String draftDecisionObjectionsPolicy() {
        return DRAFT_DECISION_OBJECTIONS;
    }

    /** GDPR Art. 60(5), the same under both sets of rules. */
    public String revisedDraftObjectionsPolicy() {
        return REVISED_DRAFT_OBJECTIONS;
    }
}
