package fr.vigie.platform.api.retention;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link PersonalDataHolder} whose module answers the retention task in SQL on the shared data
 * source: the module says which cases are due ({@link #dueCases()}) and how a step erases them
 * ({@link #erase(Connection, List, RetentionStep, LocalDate)}); counting, taking a batch and the
 * connection handling are here, the same for every module.
 */
public abstract class JdbcPersonalDataHolder implements PersonalDataHolder {
    @Resource(lookup = "jdbc/vigie")
    protected DataSource dataSource;

    /** The module's due cases. */
    protected abstract DueCases dueCases();

    /** Applies a step to these cases (already locked), set-based. */
    protected abstract void erase(Connection c, List<DueCases.Taken> cases, RetentionStep step, LocalDate today)
            throws SQLException;

    @Override
    public long countDue(RetentionStep step, RetentionSelection selection) {
        return withConnection(c -> dueCases().count(c, step, selection));
    }

    @Override
    public List<String> apply(RetentionStep step, RetentionSelection selection, LocalDate today, int limit) {
        return withConnection(c -> {
            List<DueCases.Taken> taken = dueCases().take(c, step, selection, limit);
            if (!taken.isEmpty()) {
                erase(c, taken, step, today);
            }
            return taken.stream().map(DueCases.Taken::reference).toList();
        });
    }

    /** Work on one connection of the caller's transaction. */
    protected interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    protected <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException(module() + " personal data: " + e.getMessage(), e);
        }
    }
}
