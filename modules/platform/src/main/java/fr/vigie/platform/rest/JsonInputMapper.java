package fr.vigie.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Unreadable JSON (syntax error, wrong type for a field): 400 with the parser's explanation. */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonbException> {
    private static final Logger LOG = Logger.getLogger(JsonInputMapper.class.getName());

    @Override
    public Response toResponse(JsonbException e) {
        LOG.info(() -> "Unreadable JSON: " + e.getMessage());
        return Problems.of(
                        "malformed-json",
                        "Malformed JSON",
                        400,
                        "The request body is not valid JSON for this resource: " + e.getMessage(),
                        null)
                .toResponse();
    }
}
