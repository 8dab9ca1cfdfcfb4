package fr.vigie.committee.api;

import fr.vigie.platform.api.CaseRef;
import java.util.Optional;

/**
 * How a dossier reaches the committee and leaves it. Implemented by the committee module as a
 * transactional bean joining the caller's transaction; each call is audited by the committee.
 */
public interface CommitteeReferrals {

    /**
     * Puts a dossier on the list of dossiers ready for review, from which the secretary builds
     * session agendas. Referring a dossier already referred and not yet decided refreshes what
     * members see (e.g. a new due date) and does not create a second review.
     */
    void refer(DossierForReview dossier);

    /**
     * Ends the review without an opinion from the committee: the dossier was withdrawn, or the
     * opinion period ran out and silence counted as favourable. The review leaves agendas and
     * members' lists, and keeps its history.
     *
     * @param reason shown in the committee's history, e.g. "tacit favourable opinion"
     */
    void withdraw(CaseRef dossier, String reason);

    /** Where the review stands, if the dossier was ever referred. */
    Optional<ReviewStatus> statusOf(CaseRef dossier);
}
