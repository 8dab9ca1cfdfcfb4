package fr.vigie.dossiers.rest;

import fr.vigie.dossiers.domain.DossierException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * A refused dossier rule as RFC 9457 problem+json (422), like the platform's mapper, but listing
 * every field at fault: a refused submission names all the missing or wrong answers at once.
 */
@Provider
public class DossierProblemMapper implements ExceptionMapper<DossierException> {

    @Override
    public Response toResponse(DossierException e) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "https://vigie.example/problems/rule-violated")
                .add("title", "Request refused")
                .add("status", 422)
                .add("detail", e.getMessage());
        if (e.field() != null) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (DossierException each : e.all()) {
                if (each.field() != null) {
                    errors.add(Json.createObjectBuilder().add("field", each.field())
                            .add("message", each.localizedMessage(Locale.ENGLISH)));
                }
            }
            problem.add("errors", errors);
        }
        return Response.status(422).type("application/problem+json").entity(problem.build().toString()).build();
    }
}
