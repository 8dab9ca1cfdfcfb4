package fr.vigie.complaints.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Published by the crossborder module (CDI event, synchronously, in the act's transaction) when an act
 * moves a cross-border case to another stage, and when a complaint is joined to a case: the complaints
 * it names follow the case, because the complainant keeps dealing only with the authority the
 * complaint was lodged with (Regulation (EU) 2025/2518 Art. 3(3); ADR 12).
 *
 * <p>It lives in the complaints module's api, not in crossborder's: crossborder already depends on
 * complaints (it opens its cases from {@link CrossBorderComplaintTransmitted}), and the complaints
 * module cannot depend back on it without a cycle between the two jars. The crossborder module
 * publishes it; the complaints module only listens.
 *
 * @param crossBorderCase the case, {@code crossborder:TF-2027-000001}
 * @param complaints      the complaints joined to the case that must follow it (all of them after a
 *                        stage change, the one just joined after a joining), never empty
 * @param stage           the case's stage after the act (a name of the crossborder module's {@code Stage})
 * @param role            whether this authority leads the case or is concerned
 * @param on              the day of the act
 * @param information     what the complainant must now be told, or asked, when the law says so
 */
public record CrossBorderStageReached(
        CaseRef crossBorderCase,
        List<CaseRef> complaints,
        String stage,
        Role role,
        LocalDate on,
        ComplainantInformation information) {

    /** The home authority's role in the case. */
    public enum Role {
        LEAD,
        CONCERNED
    }

    /**
     * What the authority the complaint was lodged with must tell the complainant, or ask for, at this
     * stage, with the time the complainant is given in weeks (0 when the law gives none). The
     * crossborder module chooses it by the case's rules and procedure; each constant names its source.
     */
    public enum ComplainantInformation {
        /** Nothing the law asks at this stage. */
        NONE(0, 0),
        /**
         * Regulation (EU) 2025/2518 Art. 5(2): the complainant is informed of the intended early
         * resolution and may object within four weeks of being informed (Art. 5(2)(c)).
         */
        EARLY_RESOLUTION_ART_5_2(4, 4),
        /**
         * Regulation (EU) 2025/2518 Art. 20(1): the preliminary findings go to the complainant, with a
         * time-limit of no less than three and no more than six weeks for his or her views in writing.
         */
        PRELIMINARY_FINDINGS_ART_20_1(3, 6),
        /**
         * Regulation (EU) 2025/2518 Art. 21(2) (the decision or its summary, GDPR Art. 60(7) and (9)),
         * with the judicial remedy of GDPR Art. 78 when the complaint is rejected (Art. 18).
         */
        FINAL_DECISION_ART_21_2(0, 0),
        /** A case under the GDPR alone: the complainant is informed of the decision (GDPR Art. 60(7) to (9), Art. 78). */
        FINAL_DECISION_GDPR_ART_60(0, 0);

        private final int minWeeks;
        private final int maxWeeks;

        ComplainantInformation(int minWeeks, int maxWeeks) {
            this.minWeeks = minWeeks;
            this.maxWeeks = maxWeeks;
        }

        /** The shortest time the complainant may be given, in weeks; 0 when the law sets none. */
        public int minWeeks() {
            return minWeeks;
        }

        /** The longest time the complainant may be given, in weeks; 0 when the law sets none. */
        public int maxWeeks() {
            return maxWeeks;
        }
    }

    public CrossBorderStageReached {
        Objects.requireNonNull(crossBorderCase, "crossBorderCase");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(on, "on");
        complaints = List.copyOf(complaints);
        information = information == null ? ComplainantInformation.NONE : information;
    }

    /** The case's own reference, {@code TF-2027-000001}. */
    public String caseReference() {
        return crossBorderCase.reference();
    }
}
