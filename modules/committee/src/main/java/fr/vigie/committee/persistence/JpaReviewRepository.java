package fr.vigie.committee.persistence;

import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {
    private static final List<ReviewStage> OPEN = List.of(ReviewStage.AWAITING_SESSION, ReviewStage.ON_AGENDA);

    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    @Override
    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    @Override
    public Optional<Review> findForVote(long id) {
        // FOR SHARE: concurrent votes do not wait for each other, but an adoption (which updates the
        // row) and a vote are serialised, so that no vote slips in after the opinion is adopted.
        return Optional.ofNullable(em.find(Review.class, id, LockModeType.PESSIMISTIC_READ));
    }

    @Override
    public Optional<Review> findLocked(long id) {
        return Optional.ofNullable(em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Review> findByDossier(CaseRef dossier) {
        return em.createNamedQuery("Review.byDossier", Review.class)
                .setParameter("dossier", dossier.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Review> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Review r WHERE r.id IN :ids", Review.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Review> onSession(long session) {
        return em.createNamedQuery("Review.onSession", Review.class)
                .setParameter("session", session)
                .getResultList();
    }

    @Override
    public List<Review> openForApplicant(Long organisationId, String siren, String nameKey) {
        // No id matches no review: directory ids are positive (identity), a null would need IS NULL.
        long id = organisationId == null ? -1L : organisationId;
        // An empty name key (a declaration by SIREN only) must match no name: a control character is no key.
        String key = nameKey == null || nameKey.isEmpty() ? "\u0001" : nameKey;
        if (siren == null) {
            return em.createNamedQuery("Review.openForName", Review.class)
                    .setParameter("stages", OPEN)
                    .setParameter("nameKey", key)
                    .setParameter("organisationId", id)
                    .getResultList();
        }
        return em.createNamedQuery("Review.openForSirenOrName", Review.class)
                .setParameter("stages", OPEN)
                .setParameter("siren", siren)
                .setParameter("nameKey", key)
                .setParameter("organisationId", id)
                .getResultList();
    }

    @Override
    public void store(Review review) {
        if (review.id() == null) {
            em.persist(review);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("review");
        }
    }
}
