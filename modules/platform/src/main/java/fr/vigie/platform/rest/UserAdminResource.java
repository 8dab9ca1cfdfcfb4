package fr.vigie.platform.rest;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.security.application.NewUser;
import fr.vigie.platform.security.application.UserAdministration;
import fr.vigie.platform.security.application.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Account administration for integrations (identity provisioning); the same rules as the screen. */
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserAdminResource {
    @Inject
    private UserAdministration administration;

    /** A new account. */
    public record CreateUser(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Size(max = 254) String email,
            @Size(max = 100) String team,
            @NotEmpty Set<Role> roles,
            @NotNull @Size(min = 12, max = 256) String password,
            @Size(max = 2000) String reason) {}

    /** A password reset (also unlocks the account). */
    public record ResetPassword(
            long version,
            @NotNull @Size(min = 12, max = 256) String password,
            @NotBlank @Size(max = 2000) String reason) {}

    /** A move to another team ({@code team} blank or absent: no team). */
    public record ChangeTeam(
            long version,
            @Size(max = 100) String team,
            @NotBlank @Size(max = 2000) String reason) {}

    @GET
    @Operation(summary = "List accounts")
    public List<UserSummary> list() {
        return administration.listUsers();
    }

    @POST
    @Operation(summary = "Create an account")
    public Response create(@Valid @NotNull CreateUser body) {
        long id = administration.createUser(
                new NewUser(
                        body.username(),
                        body.displayName(),
                        body.email(),
                        body.team(),
                        body.roles(),
                        body.password().toCharArray()),
                body.reason());
        return Response.created(URI.create("admin/users/" + id))
                .entity(administration.find(id))
                .build();
    }

    @POST
    @Path("{id}/team")
    @Operation(summary = "Move an account to another team (blank: no team)")
    public UserSummary changeTeam(@PathParam("id") long id, @Valid @NotNull ChangeTeam body) {
        administration.changeTeam(id, body.version(), body.team(), body.reason());
        return administration.find(id);
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Reset an account's password (unlocks it)")
    public UserSummary resetPassword(@PathParam("id") long id, @Valid @NotNull ResetPassword body) {
        administration.resetPassword(id, body.version(), body.password().toCharArray(), body.reason());
        return administration.find(id);
    }
}
