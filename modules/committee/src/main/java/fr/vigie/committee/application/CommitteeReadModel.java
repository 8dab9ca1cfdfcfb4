package fr.vigie.committee.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee's screens read in SQL: a member's reviews, the reviews awaiting a session, the sessions; implemented in persistence.
 */
public interface CommitteeReadModel {
    Views.MyReviewsPage myReviews(
            String username,
            boolean rapporteurOnly,
            String sort,
            boolean ascending,
            int offset,
            int limit,
            LocalDate today);

    /** Referred dossiers waiting for a session, most urgent first. */
    List<Views.ReadyReview> awaitingSession(int limit, LocalDate today);

    /** Sessions, most recent first, paged. */
    List<Views.SessionSummary> sessions(int offset, int limit);

    long countSessions();

    /** Sessions not closed yet (planned, convened, in progress), soonest first. */
    List<Views.SessionSummary> openSessions(int limit);

    /** Open reviews, opinion deadline soonest first, except those {@code username} is recused from. */
    List<Views.OpenReview> openReviews(String username, int limit, LocalDate today);

    /** The open reviews counted in one query; "due soon" means within {@code soonDays} days from {@code today}. */
    Views.ReviewCounts openReviewCounts(LocalDate today, int soonDays);
}
