package fr.vigie.committee.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the committee's screens and API show: read-only records, built by {@link CommitteeQueries}. */
public final class Views {
    private Views() {}

    /**
     * One dossier under review, as a member (not recused), the chair or the secretary sees it.
     *
     * @param open whether the review is still open (awaiting a session or on an agenda)
     * @param acts the acts the reader may do now ({@code ReviewAct} names, and {@code POSTPONE} from its session)
     */
    public record ReviewView(
            long id,
            long version,
            String dossier,
            String reference,
            String title,
            String procedure,
            String purpose,
            String applicantName,
            String applicantSiren,
            String principalInvestigator,
            LocalDate opinionDueDate,
            Long daysLeft,
            String instructor,
            List<DocumentLink> documents,
            String stage,
            Long sessionId,
            String sessionReference,
            LocalDate sessionDate,
            String sessionStatus,
            String rapporteur,
            String rapporteurName,
            String draftKind,
            String draftReasoning,
            List<RecusalView> recusals,
            List<VoteView> votes,
            VoteView myVote,
            TallyView tally,
            String castingVote,
            String castingVoteBy,
            String opinionKind,
            String opinionReasoning,
            String opinionReservations,
            LocalDate adoptedOn,
            String gatheredReservations,
            boolean open,
            Set<String> acts) {

        /** Whether the reader may do {@code act} now (asked of the aggregates, never decided by a page). */
        public boolean may(String act) {
            return acts.contains(act);
        }
    }

    /** A dossier document; the filename is shown only where the reader may open it. */
    public record DocumentLink(UUID id, String filename) {}

    public record RecusalView(String username, String displayName, String interest, Instant recordedAt) {}

    public record VoteView(
            String voter, String displayName, String choice, String remarks, Instant castAt, long version) {}

    public record TallyView(
            int eligible,
            int quorum,
            boolean quorumReached,
            List<String> missing,
            int favourable,
            int withReservations,
            int unfavourable,
            int abstentions,
            boolean tie,
            boolean noMajority,
            String outcome) {}

    /** A session; {@code acts} are the acts the reader may do now ({@code SessionAct} names). */
    public record SessionView(
            long id,
            long version,
            String reference,
            LocalDate date,
            String title,
            String status,
            List<AgendaItem> agenda,
            List<String> attendees,
            UUID minutesDocument,
            Set<String> acts) {

        /** Whether the reader may do {@code act} now (asked of the session, never decided by a page). */
        public boolean may(String act) {
            return acts.contains(act);
        }
    }

    public record AgendaItem(
            int position,
            long reviewId,
            long reviewVersion,
            String reference,
            String title,
            String applicantName,
            String rapporteur,
            String stage,
            String opinionKind,
            LocalDate opinionDueDate,
            int recusals) {}

    public record SessionSummary(
            long id, String reference, LocalDate date, String title, String status, int agendaSize) {}

    /** A dossier referred and waiting for a session, for the secretary's agenda building. */
    public record ReadyReview(
            long id,
            long version,
            String reference,
            String title,
            String applicantName,
            LocalDate opinionDueDate,
            Long daysLeft,
            LocalDate referredOn,
            String rapporteur) {}

    /** A row of a member's "my dossiers to review". */
    public record MyReview(
            long reviewId,
            String reference,
            String title,
            String applicantName,
            String sessionReference,
            LocalDate sessionDate,
            LocalDate opinionDueDate,
            Long daysLeft,
            boolean rapporteur,
            String myVote,
            int documents) {}

    public record MyReviewsPage(List<MyReview> rows, long total) {}

    /** An open review as the chair follows it: where it stands and the committee's opinion deadline. */
    public record OpenReview(
            long id,
            String reference,
            String title,
            String applicantName,
            String stage,
            String sessionReference,
            LocalDate sessionDate,
            LocalDate opinionDueDate,
            Long daysLeft) {}

    /**
     * The open reviews counted: waiting for a session, on an agenda, past the opinion deadline, and
     * due within the coming days (deadline not passed yet).
     */
    public record ReviewCounts(long awaitingSession, long onAgenda, long overdue, long dueSoon) {}

    /** The quorum in force for one dossier: members present who may vote, out of the active seats. */
    public record Quorum(int required, int seats) {}

    public record MemberView(
            String username,
            String displayName,
            String function,
            boolean active,
            long version,
            List<InterestView> interests) {}

    public record InterestView(
            long id, String organisationName, String siren, String nature, LocalDate declaredOn, LocalDate endedOn) {}
}
