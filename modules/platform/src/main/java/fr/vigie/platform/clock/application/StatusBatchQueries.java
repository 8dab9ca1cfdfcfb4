package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads a batch of status changes back (the one audit entry of a status-job range or of a
 * calendar change names its batch): who ran it, when, why, and the clocks it changed, a page
 * at a time in SQL.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.MANAGER})
public class StatusBatchQueries {
    /** Largest page of changes returned at once. */
    public static final int MAX_PAGE = 1_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** One clock changed by a batch. */
    public record Change(
            long clockId,
            String caseRef,
            String policyCode,
            String owner,
            String statusBefore,
            String statusAfter,
            LocalDate dueDateBefore,
            LocalDate dueDateAfter) {}

    /** A batch, with one page of its changes ({@code total} in all). */
    public record Batch(
            long id,
            String cause,
            LocalDate day,
            String author,
            String reason,
            Instant recordedAt,
            long total,
            int offset,
            List<Change> changes) {}

    public Batch batch(long id, int offset, int limit) {
        List<?> found = em.createNativeQuery("""
                SELECT cause, run_day, author, reason, recorded_at,
                       (SELECT count(*) FROM platform.clock_status_flip f WHERE f.batch_id = b.id)
                FROM platform.clock_status_batch b WHERE id = ?1
                """).setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("clock status batch", id);
        }
        Object[] head = (Object[]) found.get(0);
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<?> rows = em.createNativeQuery("""
                SELECT f.clock_id, c.case_ref, c.policy_code, c.owner, f.status_before, f.status_after,
                       f.due_date_before, f.due_date_after
                FROM platform.clock_status_flip f JOIN platform.clock c ON c.id = f.clock_id
                WHERE f.batch_id = ?1 ORDER BY f.clock_id OFFSET ?2 LIMIT ?3
                """)
                .setParameter(1, id)
                .setParameter(2, from)
                .setParameter(3, size)
                .getResultList();
        List<Change> changes = rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Change(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        date(row[6]),
                        date(row[7])))
                .toList();
        return new Batch(
                id,
                (String) head[0],
                date(head[1]),
                (String) head[2],
                (String) head[3],
                instant(head[4]),
                ((Number) head[5]).longValue(),
                from,
                changes);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
