package fr.vigie.platform.rest;

import fr.vigie.platform.http.DatabaseFailures;
import fr.vigie.platform.http.RequestIds;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Access refusals from EJB security become 403, a late optimistic-lock failure
 * 409, a database that cannot be reached or is read-only a 503 with Retry-After (one log line), a
 * value the database refuses (too long, malformed, a duplicate) a 400 or 409 (one line); the rest
 * is a 500 whose detail never leaks internals: the request id points to the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return Problems.of("forbidden", "Forbidden", 403, "Your roles do not allow this operation.", null)
                        .toResponse();
            }
            if (t instanceof SQLException sql && DatabaseFailures.unavailable(sql)) {
                LOG.warning(() -> "Database unavailable while serving an API request: " + sql.getSQLState() + " "
                        + sql.getMessage() + " [request " + RequestIds.current() + "]");
                return Response.fromResponse(Problems.of(
                                        "database-unavailable",
                                        "Service unavailable",
                                        503,
                                        DatabaseFailures.unavailableDetail(sql),
                                        null)
                                .toResponse())
                        .header("Retry-After", "30")
                        .build();
            }
            if (t instanceof SQLException sql && DatabaseFailures.refusedValue(sql)) {
                LOG.info(() -> "Value refused by the database: " + sql.getSQLState() + " [request "
                        + RequestIds.current() + "]");
                return DatabaseFailures.DUPLICATE.equals(sql.getSQLState())
                        ? Problems.of("conflict", "Conflicting change", 409, "This record already exists.", null)
                                .toResponse()
                        : Problems.of(
                                        "invalid-value",
                                        "Invalid value",
                                        400,
                                        "A value is not acceptable: too long, out of range or malformed. Check the fields and try again.",
                                        null)
                                .toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problems.of(
                                "conflict",
                                "Conflicting change",
                                409,
                                "Someone else changed this record meanwhile; reload it and try again.",
                                null)
                        .toResponse();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error while serving an API request", e);
        return Problems.of(
                        "internal-error",
                        "Internal error",
                        500,
                        "An unexpected error occurred. Quote the request id to support.",
                        null)
                .toResponse();
    }
}
