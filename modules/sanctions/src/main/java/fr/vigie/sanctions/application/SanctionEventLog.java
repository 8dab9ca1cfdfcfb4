package fr.vigie.sanctions.application;

import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.SanctionEvent;
import fr.vigie.sanctions.domain.SanctionEvent.AnswerDeclined;
import fr.vigie.sanctions.domain.SanctionEvent.Answered;
import fr.vigie.sanctions.domain.SanctionEvent.AppealDecided;
import fr.vigie.sanctions.domain.SanctionEvent.AppealLodged;
import fr.vigie.sanctions.domain.SanctionEvent.Decided;
import fr.vigie.sanctions.domain.SanctionEvent.DecisionNotified;
import fr.vigie.sanctions.domain.SanctionEvent.DeliberationOpened;
import fr.vigie.sanctions.domain.SanctionEvent.DocumentAttached;
import fr.vigie.sanctions.domain.SanctionEvent.DraftShared;
import fr.vigie.sanctions.domain.SanctionEvent.FileIndexUpdated;
import fr.vigie.sanctions.domain.SanctionEvent.FlaggedForArt65;
import fr.vigie.sanctions.domain.SanctionEvent.HearingHeld;
import fr.vigie.sanctions.domain.SanctionEvent.HearingScheduled;
import fr.vigie.sanctions.domain.SanctionEvent.ObjectionRecorded;
import fr.vigie.sanctions.domain.SanctionEvent.Opened;
import fr.vigie.sanctions.domain.SanctionEvent.PenaltyAccrued;
import fr.vigie.sanctions.domain.SanctionEvent.PublicationAnonymised;
import fr.vigie.sanctions.domain.SanctionEvent.Published;
import fr.vigie.sanctions.domain.SanctionEvent.RapporteurAppointed;
import fr.vigie.sanctions.domain.SanctionEvent.Referred;
import fr.vigie.sanctions.domain.SanctionEvent.ReplyExtended;
import fr.vigie.sanctions.domain.SanctionEvent.ReplyReceived;
import fr.vigie.sanctions.domain.SanctionEvent.ReportNotified;
import fr.vigie.sanctions.domain.SanctionEvent.SimplifiedChosen;
import fr.vigie.sanctions.domain.SanctionEvent.SwitchedToOrdinary;
import fr.vigie.sanctions.domain.SanctionEvent.Voted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The one place that writes a sanction case's audit entries: from the events its verbs recorded,
 * drained after the verb (and the flush). Each event gives one entry, with the action name, the
 * reason and the changed fields the audit trail has always shown for that act.
 */
@ApplicationScoped
public class SanctionEventLog {
    @Inject
    AuditTrail audit;

    /** Writes the audit entries of the events {@code c} recorded since it was loaded. */
    public void write(SanctionCase c) {
        write(c, null);
    }

    /**
     * As {@link #write(SanctionCase)}; {@code openingReason} is the reason of an opening (the
     * assessment of a notice not complied with, the inspection's reason), which the case does not know.
     */
    public void write(SanctionCase c, String openingReason) {
        for (SanctionEvent e : c.events().drain()) {
            audit.record(entry(e, openingReason));
        }
    }

    /** The audit entry of an event, as the services wrote it by hand before the events. */
    static AuditRecord entry(SanctionEvent e, String openingReason) {
        if (e instanceof Opened opened) {
            AuditRecord.Builder b = SanctionAudit.of(action(e), e.caseRef(), openingReason);
            if (opened.origin() != null) {
                b.changed("origin", null, opened.origin());
            }
            return b.build();
        }
        if (e instanceof PublicationAnonymised) {
            return SanctionAudit.of(action(e), e.caseRef(), null)
                    .changed("publishedName", "(name)", SanctionCase.ANONYMISED)
                    .build();
        }
        return SanctionAudit.of(action(e), e.caseRef(), e.reason())
                .changed("status", e.change().statusBefore(), e.change().statusAfter())
                .changed("procedure", e.change().procedureBefore(), e.change().procedureAfter())
                .build();
    }

    /** The audit action of each kind of event (unchanged names: reports and tests read them). */
    static final Map<Class<? extends SanctionEvent>, String> ACTIONS = Map.ofEntries(
            Map.entry(Opened.class, "SANCTION_CASE_OPENED"),
            Map.entry(Referred.class, "SANCTION_CASE_REFERRED"),
            Map.entry(RapporteurAppointed.class, "RAPPORTEUR_APPOINTED"),
            Map.entry(SimplifiedChosen.class, "SIMPLIFIED_PROCEDURE_CHOSEN"),
            Map.entry(SwitchedToOrdinary.class, "SWITCHED_TO_ORDINARY_PROCEDURE"),
            Map.entry(ReportNotified.class, "REPORT_NOTIFIED"),
            Map.entry(ReplyExtended.class, "REPLY_PERIOD_EXTENDED"),
            Map.entry(ReplyReceived.class, "REPLY_RECEIVED"),
            Map.entry(Answered.class, "RAPPORTEUR_ANSWERED"),
            Map.entry(AnswerDeclined.class, "RAPPORTEUR_DECLINED_ANSWER"),
            Map.entry(HearingScheduled.class, "HEARING_SCHEDULED"),
            Map.entry(HearingHeld.class, "HEARING_HELD"),
            Map.entry(DeliberationOpened.class, "DELIBERATION_OPENED"),
            Map.entry(Voted.class, "VOTE_CAST"),
            Map.entry(Decided.class, "DECISION_ADOPTED"),
            Map.entry(DecisionNotified.class, "DECISION_NOTIFIED"),
            Map.entry(AppealLodged.class, "APPEAL_LODGED"),
            Map.entry(AppealDecided.class, "APPEAL_DECIDED"),
            Map.entry(Published.class, "DECISION_PUBLISHED"),
            Map.entry(PublicationAnonymised.class, "PUBLICATION_ANONYMISED"),
            Map.entry(PenaltyAccrued.class, "PERIODIC_PENALTY_ACCRUED"),
            Map.entry(DraftShared.class, "ART60_DRAFT_SHARED"),
            Map.entry(ObjectionRecorded.class, "ART60_OBJECTION_RECORDED"),
            Map.entry(FlaggedForArt65.class, "ART65_FLAGGED"),
            Map.entry(FileIndexUpdated.class, "FILE_INDEX_UPDATED"),
            Map.entry(DocumentAttached.class, "DOCUMENT_ATTACHED"));

    /** The audit action of an event; a decision by the chair alone has its own. */
    static String action(SanctionEvent e) {
        if (e instanceof Decided d && d.alone()) {
            return "DECISION_ADOPTED_BY_CHAIR_ALONE";
        }
        String action = ACTIONS.get(e.getClass());
        if (action == null) {
            throw new IllegalStateException(
                    "no audit action for " + e.getClass().getSimpleName());
        }
        return action;
    }

    /** The entries the events would give, without writing them (for tests and previews). */
    static List<AuditRecord> entries(List<SanctionEvent> events, String openingReason) {
        return events.stream().map(e -> entry(e, openingReason)).toList();
    }
}
