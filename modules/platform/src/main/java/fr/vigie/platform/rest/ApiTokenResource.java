package fr.vigie.platform.rest;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.security.application.ApiTokens;
import fr.vigie.platform.security.domain.TokenAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * API tokens: an administrator issues them for anyone, a person for themself when their role
 * allows it (the service decides). The token's text is in the answer to the issue, and never
 * again. A request made with a token cannot issue tokens.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class ApiTokenResource {
    @Inject
    private ApiTokens apiTokens;

    /** A token to issue; {@code owner} absent: for oneself; {@code roles} absent: all the owner's roles. */
    public record IssueToken(
            @Size(max = 64) String owner,
            @NotBlank @Size(max = 100) String name,
            @NotNull TokenAccess access,
            Set<Role> roles,
            @NotNull LocalDate expiresOn,
            @Size(max = 2000) String reason) {}

    /** A revocation: the version seen and why. */
    public record RevokeToken(
            long version, @NotBlank @Size(max = 2000) String reason) {}

    @GET
    @Operation(summary = "List API tokens (all for an administrator, one's own otherwise)")
    public List<ApiTokens.TokenView> list() {
        return apiTokens.list();
    }

    @POST
    @Operation(summary = "Issue an API token; its text is returned once")
    public Response issue(@Valid @NotNull IssueToken body) {
        ApiTokens.Issued issued = apiTokens.issue(
                new ApiTokens.TokenRequest(body.owner(), body.name(), body.access(), body.roles(), body.expiresOn()),
                body.reason());
        return Response.created(URI.create("tokens/" + issued.token().id()))
                .entity(issued)
                .build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke an API token")
    public Response revoke(@PathParam("id") long id, @Valid @NotNull RevokeToken body) {
        apiTokens.revoke(id, body.version(), body.reason());
        return Response.noContent().build();
    }
}
