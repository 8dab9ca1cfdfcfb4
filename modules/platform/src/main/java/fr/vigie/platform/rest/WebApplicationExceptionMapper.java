package fr.vigie.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 415, unreadable body...) as problem documents too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof ProcessingException) {
            cause = cause.getCause() != null ? cause.getCause() : cause;
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return Problems.of("http-" + status, title, status, detail, null).toResponse();
    }
}
