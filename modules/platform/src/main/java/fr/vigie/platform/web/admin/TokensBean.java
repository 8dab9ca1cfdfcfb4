package fr.vigie.platform.web.admin;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.security.application.ApiTokens;
import fr.vigie.platform.security.domain.TokenAccess;
import fr.vigie.platform.security.domain.TokenStatus;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The API token page: issue (the token's text is shown once, in a dialog, and forgotten by the
 * page as soon as the dialog closes), list and revoke.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String SAVED = "saved";
    /** Default lifetime offered in the form. */
    private static final int DEFAULT_DAYS = 90;

    @Inject
    ApiTokens apiTokens;

    private transient List<ApiTokens.TokenView> tokens;

    // Issue form.
    private String owner;
    private String name;
    private TokenAccess access = TokenAccess.READ_ONLY;
    private List<Role> roles = new ArrayList<>();
    private LocalDate expiresOn;
    private String reason;
    /** The text of the token just issued: shown once. */
    private String issuedSecret;

    private String issuedName;

    // Revocation.
    private Long selectedId;
    private long selectedVersion;
    private String selectedName;

    public List<ApiTokens.TokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.list();
        }
        return tokens;
    }

    public boolean isConfigured() {
        return apiTokens.isConfigured();
    }

    public void prepareIssue() {
        owner = null;
        name = null;
        access = TokenAccess.READ_ONLY;
        roles = new ArrayList<>();
        expiresOn = LocalDate.now().plusDays(DEFAULT_DAYS);
        reason = null;
    }

    public void issue() {
        try {
            Set<Role> scope = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            ApiTokens.Issued issued =
                    apiTokens.issue(new ApiTokens.TokenRequest(owner, name, access, scope, expiresOn), reason);
            issuedSecret = issued.secret();
            issuedName = issued.token().name();
            tokens = null;
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
            PrimeFaces.current().ajax().update("tokensForm:tokens", "secretForm");
        } catch (DomainException e) {
            FacesMessages.error(e, "issueForm");
        }
    }

    /** Forgets the text of the token just issued (the dialog showing it was closed). */
    public void forgetSecret() {
        issuedSecret = null;
        issuedName = null;
    }

    public void prepareRevoke(ApiTokens.TokenView token) {
        selectedId = token.id();
        selectedVersion = token.version();
        selectedName = token.name();
        reason = null;
    }

    public void revoke() {
        if (selectedId == null) {
            // A replayed or hand-made postback: the dialog only opens on a chosen token.
            FacesMessages.error("tokens.noneSelected");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            apiTokens.revoke(selectedId, selectedVersion, reason);
            FacesMessages.info("tokens.revoked", selectedName);
            tokens = null;
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
            PrimeFaces.current().ajax().update("messages", "tokensForm:tokens");
        } catch (ConflictException e) {
            tokens = null;
            FacesMessages.error("tokens.conflict");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException e) {
            FacesMessages.error(e, "revokeForm");
        }
    }

    public boolean isActive(ApiTokens.TokenView token) {
        return token.status() == TokenStatus.ACTIVE;
    }

    public String severity(ApiTokens.TokenView token) {
        return switch (token.status()) {
            case ACTIVE -> "success";
            case EXPIRED -> "secondary";
            case REVOKED -> "danger";
        };
    }

    public List<Role> rolesOf(ApiTokens.TokenView token) {
        return token.roles().stream().sorted().toList();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public TokenAccess[] getAccesses() {
        return TokenAccess.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    // --- properties ---------------------------------------------------------------------------

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenAccess getAccess() {
        return access;
    }

    public void setAccess(TokenAccess access) {
        this.access = access;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedName() {
        return issuedName;
    }

    public String getSelectedName() {
        return selectedName;
    }
}
