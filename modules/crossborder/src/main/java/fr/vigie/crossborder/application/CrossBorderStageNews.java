package fr.vigie.crossborder.application;

import fr.vigie.complaints.api.CrossBorderStageReached;
import fr.vigie.complaints.api.CrossBorderStageReached.ComplainantInformation;
import fr.vigie.complaints.api.CrossBorderStageReached.Role;
import fr.vigie.crossborder.domain.CooperationProcedure;
import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderEvent;
import fr.vigie.crossborder.domain.Stage;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.util.List;
import java.util.Optional;

/**
 * What the joined complaints must hear of an act on their case (ADR 12, Regulation (EU) 2025/2518
 * Art. 3(3): the complainant keeps dealing with the authority the complaint was lodged with): one
 * {@link CrossBorderStageReached} per act that changes the stage, for every joined complaint, and one
 * for a complaint just joined, so that it learns its case and where the case stands (the opening
 * itself names no complaint yet: complaints are joined after it). Read right after each act, as {@link
 * CrossBorderEventLog} does: the joining reports the case's stage of that moment. Pure: the event log
 * fires what this returns.
 */
final class CrossBorderStageNews {
    private CrossBorderStageNews() {}

    /** The news of one fact the case recorded, or none (a fact that moves no stage, or a case with no complaint). */
    static Optional<CrossBorderStageReached> of(CrossBorderCase c, CrossBorderEvent event) {
        List<CaseRef> complaints;
        Stage stage;
        if (event.act() == CrossBorderAct.JOIN_COMPLAINT) {
            complaints = List.of(CaseRef.parse(event.after()));
            stage = c.stage();
        } else if (event.act() != CrossBorderAct.OPEN
                && "stage".equals(event.field())
                && event.after() != null
                && !event.after().equals(event.before())) {
            complaints = c.joinedComplaints();
            stage = Stage.valueOf(event.after());
        } else {
            return Optional.empty();
        }
        if (complaints.isEmpty()) {
            return Optional.empty();
        }
        boolean joining = event.act() == CrossBorderAct.JOIN_COMPLAINT;
        return Optional.of(new CrossBorderStageReached(
                c.id().caseRef(),
                complaints,
                stage.name(),
                c.ledByHome() ? Role.LEAD : Role.CONCERNED,
                event.on() == null ? c.lastActOn() : event.on(),
                joining ? ComplainantInformation.NONE : information(stage, c.rules(), c.procedure())));
    }

    /**
     * What the complainant must be told on reaching {@code stage}: the Regulation's information only
     * on cases under it (Art. 36: complaints lodged from 2 April 2027), Art. 20 not in the simple
     * cooperation procedure (Art. 6(1)); the decision under either rules.
     */
    static ComplainantInformation information(Stage stage, CrossBorderRules rules, CooperationProcedure procedure) {
        boolean regulation = rules == CrossBorderRules.GDPR_AND_REGULATION_2025_2518;
        return switch (stage) {
            case EARLY_RESOLUTION_PROPOSED ->
                regulation ? ComplainantInformation.EARLY_RESOLUTION_ART_5_2 : ComplainantInformation.NONE;
            case PRELIMINARY_FINDINGS_ISSUED ->
                regulation && procedure != CooperationProcedure.SIMPLE
                        ? ComplainantInformation.PRELIMINARY_FINDINGS_ART_20_1
                        : ComplainantInformation.NONE;
            case FINAL_DECISION_ADOPTED ->
                regulation
                        ? ComplainantInformation.FINAL_DECISION_ART_21_2
                        : ComplainantInformation.FINAL_DECISION_GDPR_ART_60;
            default -> ComplainantInformation.NONE;
        };
    }
}
