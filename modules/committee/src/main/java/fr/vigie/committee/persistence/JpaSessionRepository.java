package fr.vigie.committee.persistence;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.SessionRef;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {
    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    @Override
    public String nextReference(int year) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('committee.session_number_seq')")
                .getSingleResult();
        return SessionRef.of(year, next.longValue()).value();
    }

    @Override
    public Optional<CommitteeSession> find(long id) {
        return Optional.ofNullable(em.find(CommitteeSession.class, id));
    }

    @Override
    public void store(CommitteeSession session) {
        if (session.id() == null) {
            em.persist(session);
        }
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("session");
        }
    }
}
