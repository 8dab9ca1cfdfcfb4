package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
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

    /** The act as the case's timeline names it. */
    String timelineAct();

    /** The detail the case's timeline shows with the act; null when none. */
    default String timelineDetail() {
        return null;
    }

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
        @Override
        public String timelineAct() {
            return "OPENED";
        }

        @Override
        public String timelineDetail() {
            return origin();
        }

        /** The case's origin the audit names: the formal notice, else the inspection; null when opened directly. */
        public String origin() {
            return originNotice != null ? originNotice : originInspection;
        }
    }

    record Referred(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "REFERRED";
        }

        @Override
        public String timelineDetail() {
            return reason;
        }
    }

    record RapporteurAppointed(CaseRef caseRef, Change change, Stamp stamp, String rapporteur)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "RAPPORTEUR_APPOINTED";
        }

        @Override
        public String timelineDetail() {
            return rapporteur;
        }
    }

    record SimplifiedChosen(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "SIMPLIFIED_CHOSEN";
        }

        @Override
        public String timelineDetail() {
            return reason;
        }
    }

    record SwitchedToOrdinary(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "SWITCHED_TO_ORDINARY";
        }

        @Override
        public String timelineDetail() {
            return reason;
        }
    }

    record ReportNotified(CaseRef caseRef, Change change, Stamp stamp, LocalDate replyDue) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "REPORT_NOTIFIED";
        }
    }

    record ReplyExtended(CaseRef caseRef, Change change, Stamp stamp, LocalDate newDue, String reason)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "REPLY_EXTENDED";
        }

        @Override
        public String timelineDetail() {
            return reason;
        }
    }

    record ReplyReceived(CaseRef caseRef, Change change, Stamp stamp, LocalDate receivedOn) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "REPLY_RECEIVED";
        }

        @Override
        public String timelineDetail() {
            return receivedOn.toString();
        }
    }

    /** The rapporteur answered; the summary goes to the timeline, not to the audit's reason. */
    record Answered(CaseRef caseRef, Change change, Stamp stamp, String summary) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "ANSWERED";
        }

        @Override
        public String timelineDetail() {
            return summary;
        }
    }

    record AnswerDeclined(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "ANSWER_DECLINED";
        }
    }

    record HearingScheduled(CaseRef caseRef, Change change, Stamp stamp, LocalDate hearingOn, boolean rescheduled)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return rescheduled ? "HEARING_RESCHEDULED" : "HEARING_SCHEDULED";
        }

        @Override
        public String timelineDetail() {
            return hearingOn.toString();
        }
    }

    record HearingHeld(CaseRef caseRef, Change change, Stamp stamp, boolean open) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "HEARING_HELD";
        }

        @Override
        public String timelineDetail() {
            return open ? "public" : "closed";
        }
    }

    record DeliberationOpened(CaseRef caseRef, Change change, Stamp stamp, Set<String> present)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "DELIBERATION_OPENED";
        }

        @Override
        public String timelineDetail() {
            return String.join(", ", present.stream().sorted().toList());
        }
    }

    record Voted(CaseRef caseRef, Change change, Stamp stamp, boolean inFavour) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "VOTED";
        }
    }

    /**
     * The decision taken, by the committee or by its chair alone (simplified procedure).
     *
     * @param reason the decision's reasons as the chair gave them
     */
    record Decided(
            CaseRef caseRef, Change change, Stamp stamp, List<MeasureType> measures, String reason, boolean alone)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "DECIDED";
        }

        @Override
        public String timelineDetail() {
            return measures.stream().map(MeasureType::name).toList().toString();
        }
    }

    record DecisionNotified(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "DECISION_NOTIFIED";
        }
    }

    record AppealLodged(CaseRef caseRef, Change change, Stamp stamp, LocalDate lodgedOn) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "APPEAL_LODGED";
        }

        @Override
        public String timelineDetail() {
            return lodgedOn.toString();
        }
    }

    record AppealDecided(CaseRef caseRef, Change change, Stamp stamp, AppealOutcome outcome, String summary)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "APPEAL_DECIDED";
        }

        @Override
        public String timelineDetail() {
            return outcome.name() + (summary == null ? "" : " — " + summary.strip());
        }

        @Override
        public String reason() {
            return summary;
        }
    }

    record Published(CaseRef caseRef, Change change, Stamp stamp, LocalDate anonymiseOn) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "PUBLISHED";
        }

        @Override
        public String timelineDetail() {
            return anonymiseOn.toString();
        }
    }

    record PublicationAnonymised(CaseRef caseRef, Change change, Stamp stamp) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "PUBLICATION_ANONYMISED";
        }
    }

    record PenaltyAccrued(CaseRef caseRef, Change change, Stamp stamp, PenaltyAccrual accrual, Money penaltyPerDay)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "PENALTY_ACCRUED";
        }

        @Override
        public String timelineDetail() {
            return accrual.days() + " × " + penaltyPerDay;
        }
    }

    record DraftShared(CaseRef caseRef, Change change, Stamp stamp, int round) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return round == 1 ? "ART60_DRAFT_SHARED" : "ART60_REVISED_DRAFT_SHARED";
        }
    }

    record ObjectionRecorded(CaseRef caseRef, Change change, Stamp stamp, String authority, String text)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "ART60_OBJECTION";
        }

        @Override
        public String timelineDetail() {
            return authority;
        }

        @Override
        public String reason() {
            return text;
        }
    }

    record FlaggedForArt65(CaseRef caseRef, Change change, Stamp stamp, String reason) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "ART65_FLAGGED";
        }

        @Override
        public String timelineDetail() {
            return reason;
        }
    }

    record FileIndexUpdated(CaseRef caseRef, Change change, Stamp stamp, int indexVersion, String title)
            implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "FILE_INDEX_UPDATED";
        }

        @Override
        public String timelineDetail() {
            return "v" + indexVersion + " " + title;
        }
    }

    record DocumentAttached(CaseRef caseRef, Change change, Stamp stamp, String filename) implements SanctionEvent {
        @Override
        public String timelineAct() {
            return "DOCUMENT_ATTACHED";
        }

        @Override
        public String timelineDetail() {
            return filename.strip();
        }

        @Override
        public String reason() {
            return filename;
        }
    }
}
