package fr.vigie.platform.rest;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.document.application.DocumentTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/** A refused business rule: 422 (or 409 for a concurrent edit, 404 for an unknown record). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Override
    public Response toResponse(DomainException e) {
        LOG.info(() -> "Refused: " + e.key() + " - " + e.getMessage());
        if (e instanceof ConflictException) {
            return Problems.of("conflict", "Conflicting change", 409, e.getMessage(), null)
                    .toResponse();
        }
        if (e instanceof NotFoundException) {
            return Problems.of("not-found", "Not found", 404, e.getMessage(), null)
                    .toResponse();
        }
        if (e instanceof DocumentTooLargeException) {
            return Problems.of(
                            "too-large",
                            "Document too large",
                            413,
                            e.getMessage(),
                            List.of(new Problem.FieldError("file", e.getMessage())))
                    .toResponse();
        }
        if ("error.document.typeNotAllowed".equals(e.key()) || "error.document.contentMismatch".equals(e.key())) {
            return Problems.of(
                            "unsupported-type",
                            "Unsupported document type",
                            415,
                            e.getMessage(),
                            List.of(new Problem.FieldError("file", e.getMessage())))
                    .toResponse();
        }
        if (e.isForbidden()) {
            return Problems.of("forbidden", "Forbidden", 403, e.getMessage(), null)
                    .toResponse();
        }
        // A refused submission names every field at fault, not only the first.
        List<Problem.FieldError> errors = e.field() == null
                ? null
                : e.all().stream()
                        .filter(each -> each.field() != null)
                        .map(each -> new Problem.FieldError(each.field(), each.getMessage()))
                        .toList();
        return Problems.of("rule-violated", "Request refused", 422, e.getMessage(), errors)
                .toResponse();
    }
}
