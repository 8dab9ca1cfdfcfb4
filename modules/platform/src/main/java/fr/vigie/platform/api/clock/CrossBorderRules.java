package fr.vigie.platform.api.clock;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which procedural rules govern a cross-border case, and the legal deadlines each set of rules runs.
 *
 * <p>Regulation (EU) 2025/2518 applies from 2 April 2027 (Art. 37(2)), but not all at once:
 * <ul>
 *   <li>Chapter II (Art. 4-5: admissibility, transmission, confirmation of competence, early
 *       resolution) governs the complaints lodged from 2 April 2027 ({@link #forComplaintLodgedOn});
 *   <li>Chapter III (Art. 6-23: simple cooperation, summary of key issues, the time limits of
 *       Art. 12, the final decision of Art. 21) governs, by its transitional Art. 36, the ex officio
 *       investigations opened <em>after</em> 2 April 2027 and the complaint-based investigations whose
 *       complaint was lodged <em>after</em> that day ({@link #underArticle36}).
 * </ul>
 * A case opened on 10 April 2027 from a complaint lodged on 30 March 2027 is run to its end under the
 * GDPR's procedure alone (Art. 56, 60, 65, 66 GDPR), whenever its later acts happen. The platform's
 * catalogue says the same thing per deadline ({@code applies-to-cases-opened-from}: 2 April 2027 for
 * Chapter II, 3 April 2027 for Chapter III, compared with {@link #article36Day}) and refuses to start
 * one of the Regulation's clocks on an older case; this class is what a module asks before choosing a
 * policy, so that it never tries.
 *
 * <p>Policy codes are spelt here, not imported, because modules may use only the platform's api;
 * a test checks that each code exists in the catalogue with the matching first day.
 */
public enum CrossBorderRules {
    /** The GDPR's cooperation procedure alone. */
    GDPR_ONLY,
    /** The GDPR completed by Regulation (EU) 2025/2518. */
    GDPR_AND_REGULATION_2025_2518;

    /** Art. 37(2): the day Regulation (EU) 2025/2518 applies from (Chapter II: complaints lodged from that day). */
    public static final LocalDate REGULATION_2025_2518_APPLIES_FROM = LocalDate.of(2027, 4, 2);

    /**
     * Art. 36: Chapter III applies to investigations opened, or complaints lodged, <em>after</em>
     * 2 April 2027, hence from 3 April 2027.
     */
    public static final LocalDate CHAPTER_III_APPLIES_FROM = REGULATION_2025_2518_APPLIES_FROM.plusDays(1);

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

    /** Regulation (EU) 2025/2518 Art. 4(6): six weeks from the complaint's receipt for the presumed lead to confirm. */
    public static final String COMPETENCE_CONFIRMATION = "GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION";

    /** Regulation (EU) 2025/2518 Art. 5(2)(c): four weeks for the complainant to object to an early resolution. */
    public static final String EARLY_RESOLUTION_OBJECTION = "GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION";

    /** Regulation (EU) 2025/2518 Art. 10(3): three months from the confirmed competence to the summary of key issues. */
    public static final String KEY_ISSUES_SUMMARY = "GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY";

    /** Regulation (EU) 2025/2518 Art. 21(1): one month after an Art. 60(4)/(5) period without objection. */
    public static final String FINAL_DECISION = "GDPR_PR_ART_21_1_FINAL_DECISION";

    /**
     * Chapter II of the Regulation (Art. 4-5) for a complaint lodged on {@code lodgedOn} (Art. 37(2)):
     * its admissibility and transmission deadlines. Not the rules of the investigation that follows:
     * see {@link #underArticle36}.
     *
     * @throws NullPointerException without a date: a complaint's rules cannot be guessed
     */
    public static CrossBorderRules forComplaintLodgedOn(LocalDate lodgedOn) {
        Objects.requireNonNull(lodgedOn, "the day the complaint was lodged decides its rules");
        return lodgedOn.isBefore(REGULATION_2025_2518_APPLIES_FROM) ? GDPR_ONLY : GDPR_AND_REGULATION_2025_2518;
    }

    /**
     * Art. 36: the rules of a cross-border investigation. For a complaint-based case the day the
     * (earliest joined) complaint was lodged decides, for an ex officio case the day it was opened;
     * the Regulation's Chapter III applies only when that day is after 2 April 2027.
     *
     * @param openedOn                 the day the case was opened
     * @param earliestComplaintLodgedOn the receipt day of its earliest joined complaint, null for an
     *                                  ex officio case
     */
    public static CrossBorderRules underArticle36(LocalDate openedOn, LocalDate earliestComplaintLodgedOn) {
        LocalDate day = article36Day(openedOn, earliestComplaintLodgedOn);
        return day.isBefore(CHAPTER_III_APPLIES_FROM) ? GDPR_ONLY : GDPR_AND_REGULATION_2025_2518;
    }

    /**
     * The day Art. 36 looks at: the earliest joined complaint's receipt day, else the opening day. It
     * is the day a module gives the platform for the case ({@code KnownCases.openedOn}), so that the
     * catalogue's first days (Chapter II from 2 April, Chapter III from 3 April 2027) are compared with it.
     */
    public static LocalDate article36Day(LocalDate openedOn, LocalDate earliestComplaintLodgedOn) {
        if (earliestComplaintLodgedOn != null) {
            return earliestComplaintLodgedOn;
        }
        return Objects.requireNonNull(openedOn, "the opening date of an ex officio case decides its rules");
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
     * under the GDPR alone: the GDPR sets none, so a case outside Art. 36 never gets one.
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

    /**
     * Chapter II, Art. 4(6): the presumed lead's six weeks to confirm its competence. Ask it of the
     * rules {@link #forComplaintLodgedOn} gives.
     */
    public Optional<String> competenceConfirmationPolicy() {
        return underRegulation2025_2518() ? Optional.of(COMPETENCE_CONFIRMATION) : Optional.empty();
    }

    /**
     * Chapter II, Art. 5(2)(c): the complainant's four weeks to object to an early resolution. Ask it
     * of the rules {@link #forComplaintLodgedOn} gives.
     */
    public Optional<String> earlyResolutionObjectionPolicy() {
        return underRegulation2025_2518() ? Optional.of(EARLY_RESOLUTION_OBJECTION) : Optional.empty();
    }

    /** Chapter III, Art. 10(3): three months to provide the summary of key issues (rules of {@link #underArticle36}). */
    public Optional<String> keyIssuesSummaryPolicy() {
        return underRegulation2025_2518() ? Optional.of(KEY_ISSUES_SUMMARY) : Optional.empty();
    }

    /** Chapter III, Art. 21(1): one month to adopt the final decision after a draft without objection. */
    public Optional<String> finalDecisionPolicy() {
        return underRegulation2025_2518() ? Optional.of(FINAL_DECISION) : Optional.empty();
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
