package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a verb of a {@link SanctionCase} did, recorded by the verb itself (one record per verb) and
 * written to the audit trail by the one place of the application that reads them. Each event names
 * the case, the move of its status and procedure (unchanged for most verbs), who acted and when,
 * and what the verb changed; {@link #reason()} is the text the audit keeps as the act's reason.
 */
public sealed interface SanctionEvent {
    CaseRef caseRef();

    Change change();

    Stamp stamp();

    /** The reason the audit keeps with the act, as the person gave it; null when the act has none. */
    default String reason() {
        return null;
    }

    /** The status and procedure before and after the verb. */
    record Change(
            CaseStatus statusBefore, CaseStatus statusAfter, Procedure procedureBefore, Procedure procedureAfter) {
        static Change none(CaseStatus status, Procedure procedure) {
            return new Change(status, status, procedure, procedure);
        }
    }

    /** The case opened, after a formal notice ({@code originNotice}) or from an inspection. */
    record Opened(CaseRef caseRef, Change change, Stamp stamp, String originNotice, String originInspection)
            implements SanctionEvent {
        /** The case's origin the audit names: the formal notice, else the inspection; null when opened directly. */
        public String origin() {
            return originNotice != null ? originNotice : originInspection;
        }
    }

    record Referred(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {}

    record RapporteurAppointed(CaseRef caseRef, Change change, Stamp stamp, String rapporteur)
            implements SanctionEvent {}

    record SimplifiedChosen(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {}

    record SwitchedToOrdinary(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {}

    record ReportNotified(CaseRef caseRef, Change change, Stamp stamp, LocalDate replyDue) implements SanctionEvent {}

    record ReplyExtended(CaseRef caseRef, Change change, Stamp stamp, LocalDate newDue, String reason)
            implements SanctionEvent {}

    record ReplyReceived(CaseRef caseRef, Change change, Stamp stamp, LocalDate receivedOn) implements SanctionEvent {}

    /** The rapporteur answered; the summary goes to the timeline, not to the audit's reason. */
    record Answered(CaseRef caseRef, Change change, Stamp stamp, String summary) implements SanctionEvent {}

    record AnswerDeclined(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {}

    record HearingScheduled(CaseRef caseRef, Change change, Stamp stamp, LocalDate hearingOn, boolean rescheduled)
            implements SanctionEvent {}

    record HearingHeld(CaseRef caseRef, Change change, Stamp stamp, boolean open) implements SanctionEvent {}

    record DeliberationOpened(CaseRef caseRef, Change change, Stamp stamp, Set<String> present)
            implements SanctionEvent {}

    record Voted(CaseRef caseRef, Change change, Stamp stamp, boolean inFavour) implements SanctionEvent {}

    /**
     * The decision taken, by the committee or by its chair alone (simplified procedure).
     *
     * @param reason the decision's reasons as the chair gave them
     */
    record Decided(
            CaseRef caseRef, Change change, Stamp stamp, List<MeasureType> measures, String reason, boolean alone)
            implements SanctionEvent {}

    record DecisionNotified(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {}

    record AppealLodged(CaseRef caseRef, Change change, Stamp stamp, LocalDate lodgedOn) implements SanctionEvent {}

    record AppealDecided(CaseRef caseRef, Change change, Stamp stamp, AppealOutcome outcome, String summary)
            implements SanctionEvent {
        @Override
        public String reason() {
            return summary;
        }
    }

    record Published(CaseRef caseRef, Change change, Stamp stamp, LocalDate anonymiseOn) implements SanctionEvent {}

    record PublicationAnonymised(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {}

    record PenaltyAccrued(CaseRef caseRef, Change change, Stamp stamp, PenaltyAccrual accrual)
            implements SanctionEvent {}

    record DraftShared(CaseRef caseRef, Change change, Stamp stamp, int round) implements SanctionEvent {}

    record ObjectionRecorded(CaseRef caseRef, Change change, Stamp stamp, String authority, String text)
            implements SanctionEvent {
        @Override
        public String reason() {
            return text;
        }
    }

    record FlaggedForArt65(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {}

    record FileIndexUpdated(CaseRef caseRef, Change change, Stamp stamp, int indexVersion, String title)
            implements SanctionEvent {}

    record DocumentAttached(CaseRef caseRef, Change change, Stamp stamp, String filename) implements SanctionEvent {
        @Override
        public String reason() {
            return filename;
        }
    }
}
