package fr.vigie.dossiers.rest;

import fr.vigie.dossiers.application.PublicRegister;
import fr.vigie.dossiers.application.RegisterPage;
import fr.vigie.dossiers.domain.DossierException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/public/register}: the public register of applications and decisions (EHDS
 * Art. 57(1)(j)). Open without login on purpose: publication is the law's requirement, and the
 * entries hold no personal data (web.xml leaves {@code /api/public/*} unprotected).
 */
@Path("public/register")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicRegisterResource {
    @Inject
    PublicRegister register;

    @GET
    public RegisterPage page(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("q") String text) {
        if (limit < 1 || limit > 200) {
            throw DossierException.onField("limit", "limit.range", 200);
        }
        return register.page(offset, limit, text);
    }
}
