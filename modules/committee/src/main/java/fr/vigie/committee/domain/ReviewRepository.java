package fr.vigie.committee.domain;

import fr.vigie.platform.api.CaseRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where reviews are kept. Implemented in the persistence package. */
public interface ReviewRepository {
    Optional<Review> find(long id);

    /** The review, share-locked until the end of the transaction: votes wait for an adoption in progress. */
    Optional<Review> findForVote(long id);

    /** The review, locked for update: the adoption counts the votes with no vote in flight. */
    Optional<Review> findLocked(long id);

    Optional<Review> findByDossier(CaseRef dossier);

    List<Review> findAll(Collection<Long> ids);

    List<Review> onSession(long session);

    /**
     * Open reviews whose applicant may be this organisation (by directory id, SIREN or name key): the
     * candidates a new declaration is checked against ({@link Review#interestOf}).
     *
     * @param organisationId the declared organisation's directory id, null when not linked
     */
    List<Review> openForApplicant(Long organisationId, String siren, String nameKey);

    void store(Review review);

    void flush();
}
