package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.persistence.BatchRecompute;
import fr.vigie.platform.clock.persistence.StatusChange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link BatchRecompute} on the application's data source inside the caller's JTA
 * transaction (the connection enlists in it), then audits and announces each changed clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BatchChanges {
    /** Clocks read per page: large enough for few round trips, small enough for short arrays. */
    static final int PAGE_SIZE = 2_000;

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;
    @Inject
    PolicyRegistry policies;
    @Inject
    ClockNotices notices;

    /**
     * Recomputes the open clocks of {@code scope}.
     *
     * @return the clocks changed
     */
    public List<StatusChange> recompute(BatchRecompute.Scope scope, HolidayCalendar calendar, LocalDate today,
            Instant now, String author, String reason, String auditAction) {
        List<StatusChange> changes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            new BatchRecompute(connection, policies::at, calendar, today, now, author, reason)
                    .all(scope, PAGE_SIZE, changes);
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing the clocks failed: " + e.getMessage(), e);
        }
        for (StatusChange change : changes) {
            notices.changedByBatch(change, auditAction, reason);
        }
        return changes;
    }
}
