package fr.vigie.platform.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What the page shell shows about the signed-in user. */
@Named("shell")
@RequestScoped
public class ShellBean {
    @Inject
    CurrentUser currentUser;

    public String getDisplayName() {
        return currentUser.displayName();
    }

    public String getUsername() {
        return currentUser.username();
    }

    /** The user's roles in the order of {@link Role} (a stable order reads better than a set's). */
    public List<Role> getRoles() {
        return currentUser.roles().stream().sorted().toList();
    }
}
