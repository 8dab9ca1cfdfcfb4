package fr.vigie.complaints.persistence;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.platform.api.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {
    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    @Override
    public ComplaintReference nextReference(int year) {
        // One counter row per year (V2): the row lock serialises intakes of the same year until commit,
        // and a rolled-back intake gives its number back, so PL-YYYY-NNNNNN restarts each year without gaps.
        Number next = (Number) em.createNativeQuery("INSERT INTO complaints.complaint_number AS n (year, last_number)"
                        + " VALUES (?1, 1) ON CONFLICT (year) DO UPDATE SET last_number = n.last_number + 1"
                        + " RETURNING n.last_number")
                .setParameter(1, year)
                .getSingleResult();
        return ComplaintReference.of(year, next.longValue());
    }

    @Override
    public void lockSubmission(String key) {
        // A transaction-scoped advisory lock on the key's 64-bit hash: released by commit or rollback.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 7841))")
                .setParameter(1, key)
                .getSingleResult();
    }

    @Override
    public Optional<Complaint> find(ComplaintReference reference) {
        return em.createNamedQuery("Complaint.byReference", Complaint.class)
                .setParameter("reference", reference.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean isEmpty() {
        return em.createNativeQuery("SELECT NOT EXISTS (SELECT 1 FROM complaints.complaint)")
                .getSingleResult()
                .equals(Boolean.TRUE);
    }

    @Override
    public Optional<Complaint> findById(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    @Override
    public Optional<Complaint> findBySubmissionKey(String key) {
        return em.createNamedQuery("Complaint.bySubmissionKey", Complaint.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Complaint> inCampaign(String campaign) {
        return em.createNamedQuery("Complaint.byCampaign", Complaint.class)
                .setParameter("campaign", campaign)
                .getResultList();
    }

    @Override
    public long countAgainstSiren(String siren, LocalDate since, long excluding) {
        return em.createNamedQuery("Complaint.recentAgainstSiren", Long.class)
                .setParameter("siren", siren)
                .setParameter("since", since)
                .setParameter("exclude", excluding)
                .getSingleResult();
    }

    @Override
    public void store(Complaint complaint) {
        if (complaint.id() == null) {
            em.persist(complaint);
        }
    }

    @Override
    public void store(ComplaintLink link) {
        if (link.id() == null) {
            em.persist(link);
        }
    }

    @Override
    public List<ComplaintLink> linksOf(long complaint) {
        return em.createNamedQuery("ComplaintLink.of", ComplaintLink.class)
                .setParameter("id", complaint)
                .getResultList();
    }

    @Override
    public Optional<ComplaintLink> link(long a, long b) {
        return em.createNamedQuery("ComplaintLink.pair", ComplaintLink.class)
                .setParameter("first", Math.min(a, b))
                .setParameter("second", Math.max(a, b))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ComplaintLink> findLink(long id) {
        return Optional.ofNullable(em.find(ComplaintLink.class, id));
    }

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Between our version check and the write, someone else committed: same answer as a stale version.
            throw new ConflictException("complaint");
        }
    }
}
