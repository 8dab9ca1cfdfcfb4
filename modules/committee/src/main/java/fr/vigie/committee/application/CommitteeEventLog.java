package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewEvent;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.committee.domain.SessionEvent;
import fr.vigie.committee.domain.Tally;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that writes the committee's acts to the audit trail: it drains the events the
 * review's and the session's verbs recorded and turns each into its audit record (action name,
 * reason, changed fields). Acts on a review go on the dossier's case, acts on a session on
 * {@code committee:SC-...}. Services call it after the verb (and the flush), never build records by hand.
 */
@ApplicationScoped
public class CommitteeEventLog {
    @Inject
    AuditTrail audit;

    /** Writes the events the review's verbs recorded since the last call. */
    public void write(Review review) {
        review.events().drain().forEach(e -> audit.record(recordOf(e)));
    }

    /** Writes the events the session's verbs recorded since the last call. */
    public void write(CommitteeSession session) {
        session.events().drain().forEach(e -> recordsOf(e).forEach(audit::record));
    }

    static AuditRecord recordOf(ReviewEvent event) {
        CaseRef dossier = event.dossier();
        if (event instanceof ReviewEvent.Referred e) {
            return on("COMMITTEE_DOSSIER_REFERRED", dossier, null)
                    .changed("stage", null, e.stage())
                    .changed("opinionDueDate", null, e.opinionDueDate())
                    .changed("applicant", null, e.applicant())
                    .build();
        }
        if (event instanceof ReviewEvent.ReferralRefreshed e) {
            return on("COMMITTEE_REFERRAL_REFRESHED", dossier, null)
                    .changed("opinionDueDate", e.dueBefore(), e.dueAfter())
                    .build();
        }
        if (event instanceof ReviewEvent.RapporteurAssigned e) {
            return on("COMMITTEE_RAPPORTEUR_ASSIGNED", dossier, e.reason())
                    .changed("rapporteur", e.before(), e.after())
                    .build();
        }
        if (event instanceof ReviewEvent.OpinionDrafted e) {
            return on("COMMITTEE_DRAFT_OPINION", dossier, null)
                    .changed("draftKind", e.before(), e.after())
                    .build();
        }
        if (event instanceof ReviewEvent.MemberRecused e) {
            return on("COMMITTEE_MEMBER_RECUSED", dossier, "Intérêt déclaré : " + e.interest())
                    .changed("recused", null, e.member())
                    .changed("rapporteur", e.rapporteurBefore(), e.rapporteurAfter())
                    .build();
        }
        if (event instanceof ReviewEvent.VoteRecorded e) {
            return on(e.firstVote() ? "COMMITTEE_VOTE_CAST" : "COMMITTEE_VOTE_CHANGED", dossier, e.remarks())
                    .changed("vote", e.before(), e.after())
                    .changed("session", null, e.session())
                    .build();
        }
        if (event instanceof ReviewEvent.CastingVoteGiven e) {
            return on("COMMITTEE_CASTING_VOTE", dossier, e.reason())
                    .changed("castingVote", null, e.vote())
                    .build();
        }
        if (event instanceof ReviewEvent.OpinionAdopted e) {
            return on("COMMITTEE_OPINION_ADOPTED", dossier, null)
                    .changed("stage", e.stageBefore().name(), e.stageAfter())
                    .changed("opinion", null, e.opinion())
                    .changed("votes", null, votes(e.tally(), e))
                    .changed("session", null, e.session())
                    .build();
        }
        if (event instanceof ReviewEvent.Withdrawn e) {
            return on("COMMITTEE_REVIEW_WITHDRAWN", dossier, e.reason())
                    .changed("stage", e.stageBefore().name(), e.stageAfter())
                    .build();
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private static String votes(Tally tally, ReviewEvent.OpinionAdopted e) {
        return "pour " + tally.favourable() + ", pour avec réserves " + tally.withReservations()
                + ", contre " + tally.unfavourable() + ", abstentions " + tally.abstentions()
                + (tally.tie() ? ", voix prépondérante " + e.castingVote() : "");
    }

    static List<AuditRecord> recordsOf(SessionEvent event) {
        CaseRef session = CommitteeAudit.sessionRef(event.session());
        if (event instanceof SessionEvent.Planned e) {
            return List.of(on("COMMITTEE_SESSION_PLANNED", session, null)
                    .changed("date", null, e.date())
                    .changed("title", null, e.title())
                    .build());
        }
        if (event instanceof SessionEvent.Rescheduled e) {
            return List.of(on("COMMITTEE_SESSION_RESCHEDULED", session, e.reason())
                    .changed("date", e.before(), e.after())
                    .build());
        }
        if (event instanceof SessionEvent.AgendaSet e) {
            return agendaSet(session, e);
        }
        if (event instanceof SessionEvent.Convened e) {
            return List.of(on("COMMITTEE_SESSION_CONVENED", session, null)
                    .changed("status", e.before(), e.after())
                    .changed("agenda", null, e.agendaSize())
                    .build());
        }
        if (event instanceof SessionEvent.Opened e) {
            return List.of(on(
                            e.correction() ? "COMMITTEE_ATTENDANCE_CORRECTED" : "COMMITTEE_SESSION_OPENED",
                            session,
                            null)
                    .changed("status", e.before(), e.after())
                    .changed("attendees", String.join(", ", e.attendeesBefore()), String.join(", ", e.attendeesAfter()))
                    .build());
        }
        if (event instanceof SessionEvent.ReviewPostponed e) {
            return List.of(on("COMMITTEE_REVIEW_POSTPONED", e.dossier(), e.reason())
                    .changed("session", e.session(), null)
                    .changed("stage", ReviewStage.ON_AGENDA, e.stageAfter())
                    .build());
        }
        if (event instanceof SessionEvent.Closed e) {
            return List.of(on("COMMITTEE_SESSION_CLOSED", session, null)
                    .changed("status", e.before(), e.after())
                    .changed("minutes", null, e.minutes())
                    .build());
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** The agenda's record on the session, then one on each dossier that left it or joined it. */
    private static List<AuditRecord> agendaSet(CaseRef session, SessionEvent.AgendaSet e) {
        List<AuditRecord> records = new ArrayList<>();
        records.add(on("COMMITTEE_AGENDA_SET", session, e.reason())
                .changed("agenda", String.join(", ", e.before()), String.join(", ", e.after()))
                .build());
        for (CaseRef left : e.left()) {
            records.add(on("COMMITTEE_REVIEW_OFF_AGENDA", left, e.reason())
                    .changed("session", e.session(), null)
                    .changed("stage", ReviewStage.ON_AGENDA, ReviewStage.AWAITING_SESSION)
                    .build());
        }
        for (CaseRef joined : e.joined()) {
            records.add(on("COMMITTEE_REVIEW_ON_AGENDA", joined, e.reason())
                    .changed("session", null, e.session())
                    .changed("stage", ReviewStage.AWAITING_SESSION, ReviewStage.ON_AGENDA)
                    .build());
        }
        return records;
    }

    private static AuditRecord.Builder on(String action, CaseRef caseRef, String reason) {
        return AuditRecord.of(CommitteeSchema.NAME, action).onCase(caseRef).because(reason);
    }
}
