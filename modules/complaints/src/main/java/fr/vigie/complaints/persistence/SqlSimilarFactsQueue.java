package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.SimilarFactsQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalLong;

/** {@link SimilarFactsQueue} in {@code complaints.similar_facts_queue} (V13). */
@ApplicationScoped
public class SqlSimilarFactsQueue implements SimilarFactsQueue {

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    @Override
    public void enqueue(long complaintId) {
        em.createNativeQuery("INSERT INTO complaints.similar_facts_queue (complaint_id) VALUES (?1)"
                        + " ON CONFLICT (complaint_id) DO NOTHING")
                .setParameter(1, complaintId)
                .executeUpdate();
    }

    @Override
    public OptionalLong claimNext() {
        // SKIP LOCKED: a row another server (or thread) is searching is not waited for.
        @SuppressWarnings("unchecked")
        List<Number> next = em.createNativeQuery("SELECT complaint_id FROM complaints.similar_facts_queue"
                        + " ORDER BY queued_at, complaint_id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        return next.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(next.get(0).longValue());
    }

    @Override
    public void remove(long complaintId) {
        em.createNativeQuery("DELETE FROM complaints.similar_facts_queue WHERE complaint_id = ?1")
                .setParameter(1, complaintId)
                .executeUpdate();
    }

    @Override
    public int postpone(long complaintId) {
        @SuppressWarnings("unchecked")
        List<Number> attempts = em.createNativeQuery("UPDATE complaints.similar_facts_queue"
                        + " SET attempts = attempts + 1, queued_at = now() WHERE complaint_id = ?1 RETURNING attempts")
                .setParameter(1, complaintId)
                .getResultList();
        return attempts.isEmpty() ? 0 : attempts.get(0).intValue();
    }

    @Override
    public boolean isQueued(long complaintId) {
        return !em.createNativeQuery("SELECT 1 FROM complaints.similar_facts_queue WHERE complaint_id = ?1")
                .setParameter(1, complaintId)
                .getResultList()
                .isEmpty();
    }
}
