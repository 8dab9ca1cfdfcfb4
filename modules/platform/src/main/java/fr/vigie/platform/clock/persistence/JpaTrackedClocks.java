package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.tracking.TrackedClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
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
        return em.createNamedQuery("TrackedClock.ofCase", TrackedClock.class)
                .setParameter("caseRef", caseRef)
                .getResultList();
    }

    /** A status change a batch made to a clock (see {@link StatusBatches}), for its history. */
    public record Flip(
            LocalDate day,
            String author,
            String reason,
            LocalDate dueDateAfter,
            ClockStatus statusAfter,
            Instant recordedAt) {}

    /** The changes batches made to a clock, oldest first. */
    public List<Flip> flipsOf(long clockId) {
        List<?> rows = em.createNativeQuery("""
                SELECT b.run_day, b.author, b.reason, f.due_date_after, f.status_after, b.recorded_at
                FROM platform.clock_status_flip f JOIN platform.clock_status_batch b ON b.id = f.batch_id
                WHERE f.clock_id = ?1 ORDER BY f.batch_id
                """).setParameter(1, clockId).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(row -> new Flip(
                        localDate(row[0]),
                        (String) row[1],
                        (String) row[2],
                        localDate(row[3]),
                        ClockStatus.valueOf((String) row[4]),
                        instant(row[5])))
                .toList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
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
