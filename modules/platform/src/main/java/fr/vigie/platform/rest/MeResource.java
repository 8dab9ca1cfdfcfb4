package fr.vigie.platform.rest;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** Who the caller is, as the server sees them (authentication is still required by web.xml). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {
    @Inject
    private CurrentUser currentUser;

    /** The caller's identity. */
    public record Me(String username, String displayName, Set<Role> roles) {}

    @GET
    public Me me() {
        return new Me(currentUser.username(), currentUser.displayName(), currentUser.roles());
    }
}
