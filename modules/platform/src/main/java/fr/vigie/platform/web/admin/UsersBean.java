package fr.vigie.platform.web.admin;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.security.application.NewUser;
import fr.vigie.platform.security.application.UserAdministration;
import fr.vigie.platform.security.application.UserSummary;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The user administration page. Every change names the version of the account the administrator
 * looked at, so that two administrators never overwrite each other: on a conflict nothing is written,
 * the dialog stays open with what was typed, and "reload the account" fetches the current state
 * before the administrator decides again.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Callback parameter telling the dialog it may close. */
    static final String SAVED = "saved";

    @Inject
    UserAdministration administration;

    private transient List<UserSummary> users;

    // The account a row action works on (id and the version the administrator saw).
    private Long selectedId;
    private long selectedVersion;
    private String selectedUsername;
    private boolean selectedActive;
    /** Set when the last change hit a conflict: the dialog then offers to reload the account. */
    private boolean conflict;

    // Inputs of the dialogs.
    private String username;
    private String displayName;
    private String email;
    private String team;
    private List<Role> roles = new ArrayList<>();
    private String password;
    private String reason;

    public List<UserSummary> getUsers() {
        if (users == null) {
            users = administration.listUsers();
        }
        return users;
    }

    /** The roles of an account in a stable order (that of {@link Role}). */
    public List<Role> rolesOf(UserSummary user) {
        return user.roles().stream().sorted().toList();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public void reload() {
        users = null;
    }

    // --- preparing a dialog -------------------------------------------------------------------

    public void prepareCreate() {
        selectedId = null;
        conflict = false;
        username = null;
        displayName = null;
        email = null;
        team = null;
        roles = new ArrayList<>();
        password = null;
        reason = null;
    }

    public void prepare(UserSummary user) {
        select(user);
        conflict = false;
        roles = new ArrayList<>(user.roles());
        team = user.team();
        password = null;
        reason = null;
    }

    /** After a conflict: take the account's current state, keep what the administrator typed. */
    public void reloadSelected() {
        if (selectedId == null) {
            return;
        }
        try {
            select(administration.find(selectedId));
            conflict = false;
            users = null;
            FacesMessages.info("users.reloaded", selectedUsername);
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    private void select(UserSummary user) {
        selectedId = user.id();
        selectedVersion = user.version();
        selectedUsername = user.username();
        selectedActive = user.active();
    }

    // --- actions ------------------------------------------------------------------------------

    public void create() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        run("createForm", () -> {
            administration.createUser(
                    new NewUser(trim(username), trim(displayName), trim(email), trim(team), roleSet(), secret), reason);
            FacesMessages.info("users.created", trim(username));
        });
    }

    public void changeRoles() {
        runOnSelected("rolesForm", () -> {
            administration.changeRoles(selectedId, selectedVersion, roleSet(), reason);
            FacesMessages.info("users.rolesChanged", selectedUsername);
        });
    }

    public void changeTeam() {
        runOnSelected("teamForm", () -> {
            administration.changeTeam(selectedId, selectedVersion, trim(team), reason);
            FacesMessages.info("users.teamChanged", selectedUsername);
        });
    }

    public void deactivate() {
        runOnSelected("statusForm", () -> {
            administration.deactivate(selectedId, selectedVersion, reason);
            FacesMessages.info("users.deactivated", selectedUsername);
        });
    }

    public void reactivate() {
        runOnSelected("statusForm", () -> {
            administration.reactivate(selectedId, selectedVersion, reason);
            FacesMessages.info("users.reactivated", selectedUsername);
        });
    }

    public void resetPassword() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        runOnSelected("passwordForm", () -> {
            administration.resetPassword(selectedId, selectedVersion, secret, reason);
            FacesMessages.info("users.passwordReset", selectedUsername);
        });
    }

    /** Runs a change; on success the list is reloaded and the dialog told it may close. */
    /**
     * A change to the selected account. A postback that names no account (a replayed or hand-made
     * request; the page only shows these forms once an account is chosen) gets a message, not an error.
     */
    private void runOnSelected(String form, Runnable change) {
        if (selectedId == null) {
            FacesMessages.error("users.noneSelected");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        run(form, change);
    }

    private void run(String form, Runnable change) {
        try {
            change.run();
            users = null;
            password = null;
            conflict = false;
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
            PrimeFaces.current().ajax().update("messages", "usersForm:users");
        } catch (ConflictException e) {
            // The generic conflict text says "reload the page", which would lose the input here:
            // this screen's own message points at the reload button of the dialog instead.
            conflict = true;
            FacesMessages.error("users.conflict");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException e) {
            FacesMessages.error(e, form);
        }
    }

    private Set<Role> roleSet() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    // --- properties ---------------------------------------------------------------------------

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isSelectedActive() {
        return selectedActive;
    }

    public long getSelectedVersion() {
        return selectedVersion;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
