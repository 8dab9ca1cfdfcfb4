package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.clock.tracking.TrackedClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Tracked clocks through JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaTrackedClocks {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public Optional<TrackedClock> find(long id) {
        return Optional.ofNullable(em.find(TrackedClock.class, id));
    }

    public List<TrackedClock> ofCase(String caseRef) {
        return em.createNamedQuery("TrackedClock.ofCase", TrackedClock.class).setParameter("caseRef", caseRef)
                .getResultList();
    }

    public void store(TrackedClock clock) {
        em.persist(clock);
    }

    /** Writes now, so that a version conflict or a constraint breaks here, not at commit. */
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new ConflictException("clock");
        }
    }
}
