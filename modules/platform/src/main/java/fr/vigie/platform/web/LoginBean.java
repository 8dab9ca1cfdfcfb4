package fr.vigie.platform.web;

import fr.vigie.platform.security.application.AuthenticationThrottle;
import fr.vigie.platform.security.application.LoginAttempts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The login form. The container's authentication mechanism checks the password, counts failures
 * and locks accounts; this bean only hands it the credentials and tells the user what happened,
 * without revealing whether an account exists (a locked account is the one exception the
 * administrator wants users to see, since it tells them whom to call).
 */
@Named
@RequestScoped
public class LoginBean {
    static final String HOME = "/index.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    LocaleBean localeBean;

    private String username;
    private String password;
    private String continueTo;
    private String lang;

    /** Page action: an already signed-in user goes home; a {@code lang} parameter (after logout) is applied. */
    public void onLoad() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (lang != null && !lang.equals(localeBean.getLanguage())) {
            localeBean.use(lang);
        }
        if (!faces.isPostback() && securityContext.getCallerPrincipal() != null) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + HOME);
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.trim();
        char[] secret = password == null ? new char[0] : password.toCharArray();

        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(name, new Password(secret)))
                        .newAuthentication(true));
        password = null;

        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE, NOT_DONE -> {
                if (request.getAttribute(AuthenticationThrottle.REFUSAL_ATTRIBUTE) instanceof Duration wait) {
                    FacesMessages.error("login.throttled", minutesToWait(wait));
                } else if (!name.isEmpty() && loginAttempts.isLocked(name)) {
                    FacesMessages.error("login.locked");
                } else {
                    FacesMessages.error("login.failed");
                }
            }
        }
    }

    /** Whole minutes, rounded up, at least one: "try again in N minutes". */
    static long minutesToWait(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return (seconds + 59) / 60;
    }

    /**
     * Where to go after login: only a path inside this application (relative, starting with one
     * slash), so that a crafted link cannot send the user to another site (open redirect).
     */
    static String safeTarget(String requested) {
        if (requested == null || requested.isBlank()) {
            return HOME;
        }
        boolean inside = requested.startsWith("/")
                && !requested.startsWith("//")
                && !requested.contains("\\")
                && requested.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        if (!inside || requested.startsWith("/login.xhtml")) {
            return HOME;
        }
        return requested;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
