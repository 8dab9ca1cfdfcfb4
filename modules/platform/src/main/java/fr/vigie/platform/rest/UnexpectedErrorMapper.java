package fr.vigie.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Access refusals from EJB security become 403, a late optimistic-lock failure
 * 409; the rest is a 500 whose detail never leaks internals: the request id points to the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return Problems.of("forbidden", "Forbidden", 403, "Your roles do not allow this operation.", null).toResponse();
            }
            if (t instanceof OptimisticLockException) {
                return Problems.of("conflict", "Conflicting change", 409,
                        "Someone else changed this record meanwhile; reload it and try again.", null).toResponse();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error while serving an API request", e);
        return Problems.of("internal-error", "Internal error", 500,
                "An unexpected error occurred. Quote the request id to support.", null).toResponse();
    }
}
