package fr.vigie.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists the fields in error (an extension member,
 * as the RFC allows), so that a client can show each message next to its input.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One invalid input: the field's name (JSON path for nested ones) and what is wrong. */
    public record FieldError(String field, String message) {}

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
