package fr.vigie.sanctions.rest;

import fr.vigie.sanctions.application.PublicSanctions;
import fr.vigie.sanctions.domain.SanctionsException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/public/sanctions}: the published sanction decisions. Open without login on
 * purpose (web.xml leaves {@code /api/public/*} unprotected): publication is the committee's
 * decision, and the organisation's name disappears on the anonymisation day.
 */
@Path("public/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSanctionsResource {
    @Inject
    PublicSanctions register;

    @GET
    public PublicSanctions.PublicPage page(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        if (limit < 1 || limit > 200) {
            throw SanctionsException.onField("limit", "limit.range", 200);
        }
        return register.page(offset, limit);
    }
}
