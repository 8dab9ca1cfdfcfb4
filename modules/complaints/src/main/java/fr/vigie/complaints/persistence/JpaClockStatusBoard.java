package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.ClockStatusBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * The read model of the complaints' clock statuses (table {@code clock_status}): written after
 * each act on a clock and when the platform announces a status change, read by the work list.
 */
@ApplicationScoped
public class JpaClockStatusBoard implements ClockStatusBoard {
    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    public void record(long clockId, long complaintId, String policyCode, String state, LocalDate dueDate) {
        em.createNativeQuery(
                        "INSERT INTO complaints.clock_status (clock_id, complaint_id, policy_code, state, due_date)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (clock_id)"
                                + " DO UPDATE SET state = EXCLUDED.state, due_date = EXCLUDED.due_date")
                .setParameter(1, clockId)
                .setParameter(2, complaintId)
                .setParameter(3, policyCode)
                .setParameter(4, state)
                .setParameter(5, java.sql.Date.valueOf(dueDate))
                .executeUpdate();
    }

    /** @return whether the clock is one of ours (rows are created when our clocks start) */
    public boolean update(long clockId, String state, LocalDate dueDate) {
        return em.createNativeQuery("UPDATE complaints.clock_status SET state = ?1, due_date = ?2 WHERE clock_id = ?3")
                        .setParameter(1, state)
                        .setParameter(2, java.sql.Date.valueOf(dueDate))
                        .setParameter(3, clockId)
                        .executeUpdate()
                > 0;
    }
}
