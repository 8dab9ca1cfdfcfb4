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
}
