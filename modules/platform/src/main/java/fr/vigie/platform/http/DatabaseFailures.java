package fr.vigie.platform.http;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Database failures that are not bugs, classified by SQLSTATE for the API's error mapping and the
 * pages' exception handler: the database cannot be reached or accepts no writes (try again later),
 * or it refuses a value (too long, malformed, out of range, a duplicate).
 */
public final class DatabaseFailures {
    /** PostgreSQL's "read-only SQL transaction". */
    public static final String READ_ONLY = "25006";
    /** A unique constraint. */
    public static final String DUPLICATE = "23505";

    private DatabaseFailures() {}

    /** The first SQLException in the cause chain, or null. */
    public static SQLException sqlCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /**
     * Connection failures (SQLSTATE class 08), a server shutting down or restarting (57P01-57P03) and a
     * read-only database: the request can succeed later, nothing is wrong with it.
     */
    public static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P") || READ_ONLY.equals(state));
    }

    /** What an API client is told about an unavailable database (see {@link #unavailable}). */
    public static String unavailableDetail(SQLException e) {
        return READ_ONLY.equals(e.getSQLState())
                ? "The database accepts no changes at the moment (read-only); nothing was saved. Try again later."
                : "The database cannot be reached at the moment; nothing was saved. Try again in a minute.";
    }

    /** Data exceptions (22xxx: too long, out of range, malformed) and integrity violations (23xxx). */
    public static boolean refusedValue(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }
}
