package fr.vigie.sanctions.rest;

import fr.vigie.sanctions.domain.DutyRefused;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A separation-of-duties refusal: 403 problem+json, naming the field when there is one (already audited). */
@Provider
public class DutyRefusedMapper implements ExceptionMapper<DutyRefused> {
    @Override
    public Response toResponse(DutyRefused e) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "https://vigie.example/problems/separation-of-duties")
                .add("title", "Forbidden")
                .add("status", 403)
                .add("detail", e.localizedMessage(Locale.ENGLISH));
        if (e.field() != null) {
            problem.add(
                    "errors",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("field", e.field())
                                    .add("message", e.localizedMessage(Locale.ENGLISH))));
        }
        return Response.status(403)
                .type("application/problem+json")
                .entity(problem.build().toString())
                .build();
    }
}
