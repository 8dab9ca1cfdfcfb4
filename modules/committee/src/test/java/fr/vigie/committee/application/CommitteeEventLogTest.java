package fr.vigie.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewEvent;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.committee.domain.SessionEvent;
import fr.vigie.committee.domain.SessionRef;
import fr.vigie.committee.domain.SessionStatus;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit records are those the services wrote by hand before the events: same actions, reasons and fields. */
class CommitteeEventLogTest {
    private static final SessionRef SC = new SessionRef("SC-2026-0001");
    private static final CaseRef DOSSIER = new CaseRef("dossiers", "DA-2026-000001");
    private static final CaseRef SESSION = new CaseRef("committee", "SC-2026-0001");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static List<FieldChange> changes(String... triples) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            changes.add(new FieldChange(triples[i], triples[i + 1], triples[i + 2]));
        }
        return changes;
    }

    private static void assertRecord(
            AuditRecord record, String action, CaseRef on, String reason, List<FieldChange> changes) {
        assertEquals(action, record.action());
        assertEquals("committee", record.module());
        assertEquals(on, record.caseRef());
        assertEquals(reason, record.reason());
        assertEquals(changes, record.changes());
    }

    @Test
    void reviewEventsBecomeTheirAuditRecords() {
        assertRecord(
                CommitteeEventLog.recordOf(
                        new ReviewEvent.Referred(DOSSIER, ReviewStage.AWAITING_SESSION, DAY, "Institut")),
                "COMMITTEE_DOSSIER_REFERRED",
                DOSSIER,
                null,
                changes(
                        "stage",
                        null,
                        "AWAITING_SESSION",
                        "opinionDueDate",
                        null,
                        "2026-11-20",
                        "applicant",
                        null,
                        "Institut"));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.ReferralRefreshed(DOSSIER, DAY, DAY.plusDays(1))),
                "COMMITTEE_REFERRAL_REFRESHED",
                DOSSIER,
                null,
                changes("opinionDueDate", "2026-11-20", "2026-11-21"));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.RapporteurAssigned(DOSSIER, "m1", "m2", "Charge")),
                "COMMITTEE_RAPPORTEUR_ASSIGNED",
                DOSSIER,
                "Charge",
                changes("rapporteur", "m1", "m2"));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.OpinionDrafted(DOSSIER, null, OpinionKind.FAVOURABLE)),
                "COMMITTEE_DRAFT_OPINION",
                DOSSIER,
                null,
                changes("draftKind", null, "FAVOURABLE"));
        assertRecord(
                CommitteeEventLog.recordOf(
                        new ReviewEvent.MemberRecused(DOSSIER, "m1", "Institut — Consultant", "m1", null)),
                "COMMITTEE_MEMBER_RECUSED",
                DOSSIER,
                "Intérêt déclaré : Institut — Consultant",
                changes("recused", null, "m1", "rapporteur", "m1", null));
        assertRecord(
                CommitteeEventLog.recordOf(
                        new ReviewEvent.VoteRecorded(DOSSIER, "m1", null, VoteChoice.FAVOURABLE, null, SC)),
                "COMMITTEE_VOTE_CAST",
                DOSSIER,
                null,
                changes("vote", null, "FAVOURABLE", "session", null, "SC-2026-0001"));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.VoteRecorded(
                        DOSSIER, "m1", VoteChoice.FAVOURABLE, VoteChoice.UNFAVOURABLE, "Risque", SC)),
                "COMMITTEE_VOTE_CHANGED",
                DOSSIER,
                "Risque",
                changes("vote", "FAVOURABLE", "UNFAVOURABLE", "session", null, "SC-2026-0001"));
        assertRecord(
                CommitteeEventLog.recordOf(
                        new ReviewEvent.CastingVoteGiven(DOSSIER, "chair", OpinionKind.UNFAVOURABLE, "Égalité")),
                "COMMITTEE_CASTING_VOTE",
                DOSSIER,
                "Égalité",
                changes("castingVote", null, "UNFAVOURABLE"));
        Tally tie = new Tally(
                Set.of("m1", "m2"), 2, Set.of(), 1, 0, 1, 0, true, false, Optional.of(OpinionKind.UNFAVOURABLE));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.OpinionAdopted(
                        DOSSIER,
                        ReviewStage.ON_AGENDA,
                        ReviewStage.OPINION_ADOPTED,
                        OpinionKind.UNFAVOURABLE,
                        tie,
                        OpinionKind.UNFAVOURABLE,
                        SC)),
                "COMMITTEE_OPINION_ADOPTED",
                DOSSIER,
                null,
                changes(
                        "stage",
                        "ON_AGENDA",
                        "OPINION_ADOPTED",
                        "opinion",
                        null,
                        "UNFAVOURABLE",
                        "votes",
                        null,
                        "pour 1, pour avec réserves 0, contre 1, abstentions 0, voix prépondérante UNFAVOURABLE",
                        "session",
                        null,
                        "SC-2026-0001"));
        assertRecord(
                CommitteeEventLog.recordOf(new ReviewEvent.Withdrawn(
                        DOSSIER, ReviewStage.ON_AGENDA, ReviewStage.WITHDRAWN, "Avis tacite")),
                "COMMITTEE_REVIEW_WITHDRAWN",
                DOSSIER,
                "Avis tacite",
                changes("stage", "ON_AGENDA", "WITHDRAWN"));
    }

    @Test
    void sessionEventsBecomeTheirAuditRecords() {
        assertRecord(
                only(new SessionEvent.Planned(SC, DAY, "Séance")),
                "COMMITTEE_SESSION_PLANNED",
                SESSION,
                null,
                changes("date", null, "2026-11-20", "title", null, "Séance"));
        assertRecord(
                only(new SessionEvent.Rescheduled(SC, DAY, DAY.plusDays(2), "Salle")),
                "COMMITTEE_SESSION_RESCHEDULED",
                SESSION,
                "Salle",
                changes("date", "2026-11-20", "2026-11-22"));
        assertRecord(
                only(new SessionEvent.Convened(SC, SessionStatus.PLANNED, SessionStatus.CONVENED, 3)),
                "COMMITTEE_SESSION_CONVENED",
                SESSION,
                null,
                changes("status", "PLANNED", "CONVENED", "agenda", null, "3"));
        assertRecord(
                only(new SessionEvent.Opened(
                        SC, SessionStatus.CONVENED, SessionStatus.IN_PROGRESS, List.of(), List.of("a", "b"))),
                "COMMITTEE_SESSION_OPENED",
                SESSION,
                null,
                changes("status", "CONVENED", "IN_PROGRESS", "attendees", "", "a, b"));
        assertRecord(
                only(new SessionEvent.Opened(
                        SC, SessionStatus.IN_PROGRESS, SessionStatus.IN_PROGRESS, List.of("a"), List.of("a", "b"))),
                "COMMITTEE_ATTENDANCE_CORRECTED",
                SESSION,
                null,
                changes("status", "IN_PROGRESS", "IN_PROGRESS", "attendees", "a", "a, b"));
        assertRecord(
                only(new SessionEvent.ReviewPostponed(SC, DOSSIER, ReviewStage.AWAITING_SESSION, "Pièce")),
                "COMMITTEE_REVIEW_POSTPONED",
                DOSSIER,
                "Pièce",
                changes("session", "SC-2026-0001", null, "stage", "ON_AGENDA", "AWAITING_SESSION"));
        UUID minutes = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertRecord(
                only(new SessionEvent.Closed(SC, SessionStatus.IN_PROGRESS, SessionStatus.CLOSED, minutes)),
                "COMMITTEE_SESSION_CLOSED",
                SESSION,
                null,
                changes("status", "IN_PROGRESS", "CLOSED", "minutes", null, minutes.toString()));
    }

    @Test
    void anAgendaChangeIsRecordedOnTheSessionThenOnEachDossierThatLeftOrJoined() {
        CaseRef other = new CaseRef("dossiers", "DA-2026-000002");
        List<AuditRecord> records = CommitteeEventLog.recordsOf(new SessionEvent.AgendaSet(
                SC,
                List.of("DA-2026-000001"),
                List.of("DA-2026-000002"),
                List.of(DOSSIER),
                List.of(other),
                "Priorité"));
        assertEquals(3, records.size());
        assertRecord(
                records.get(0),
                "COMMITTEE_AGENDA_SET",
                SESSION,
                "Priorité",
                changes("agenda", "DA-2026-000001", "DA-2026-000002"));
        assertRecord(
                records.get(1),
                "COMMITTEE_REVIEW_OFF_AGENDA",
                DOSSIER,
                "Priorité",
                changes("session", "SC-2026-0001", null, "stage", "ON_AGENDA", "AWAITING_SESSION"));
        assertRecord(
                records.get(2),
                "COMMITTEE_REVIEW_ON_AGENDA",
                other,
                "Priorité",
                changes("session", null, "SC-2026-0001", "stage", "AWAITING_SESSION", "ON_AGENDA"));
    }

    @Test
    void writingDrainsTheReviewsEventsSoEachIsWrittenOnce() {
        List<AuditRecord> written = new ArrayList<>();
        CommitteeEventLog log = new CommitteeEventLog();
        log.audit = written::add;
        Stamp stamp = new Stamp("instructor", Instant.parse("2026-11-20T09:00:00Z"), DAY);
        Review review = new Review(
                new DossierForReview(
                        DOSSIER, "Cohorte", "NATIONAL", null, "Institut", null, null, DAY, "instructor", List.of()),
                stamp);
        review.withdraw(Reason.of("Retrait"), stamp);
        log.write(review);
        assertEquals(
                List.of("COMMITTEE_DOSSIER_REFERRED", "COMMITTEE_REVIEW_WITHDRAWN"),
                written.stream().map(AuditRecord::action).toList());
        log.write(review);
        assertEquals(2, written.size());
        assertTrue(review.events().pending().isEmpty());
    }

    private static AuditRecord only(SessionEvent event) {
        List<AuditRecord> records = CommitteeEventLog.recordsOf(event);
        assertEquals(1, records.size());
        return records.get(0);
    }
}
