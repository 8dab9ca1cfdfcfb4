package fr.vigie.sanctions.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.NoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {
    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    @Override
    public String nextReference(int year) {
        Number next = (Number) em.createNativeQuery("SELECT nextval('sanctions.notice_number_seq')")
                .getSingleResult();
        return String.format("MD-%d-%06d", year, next.longValue());
    }

    @Override
    public Optional<FormalNotice> find(String reference) {
        return em.createNamedQuery("FormalNotice.byReference", FormalNotice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(FormalNotice notice) {
        if (notice.id() == null) {
            em.persist(notice);
        }
    }

    @Override
    public java.util.List<FormalNotice> fromInspection(String inspection) {
        return em.createNamedQuery("FormalNotice.fromInspection", FormalNotice.class)
                .setParameter("inspection", inspection)
                .getResultList();
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("formal notice");
        }
    }
}
