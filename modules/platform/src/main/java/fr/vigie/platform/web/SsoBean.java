package fr.vigie.platform.web;

import fr.vigie.platform.security.infrastructure.OidcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the login page offers single sign-on: only when the server names an identity provider. */
@Named("sso")
@ApplicationScoped
public class SsoBean {
    @Inject
    OidcClient oidc;

    public boolean isEnabled() {
        return oidc.isEnabled();
    }
}
