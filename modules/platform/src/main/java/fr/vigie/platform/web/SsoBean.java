package fr.vigie.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the login page offers single sign-on: only when the server names an identity provider
 * (variable {@code vigie.sso.discovery-url}, which also configures Liberty's OpenID Connect client).
 */
@Named("sso")
@ApplicationScoped
public class SsoBean {
    /** Absent or empty (MicroProfile Config reads an empty value as absent): single sign-on is off. */
    @Inject
    @ConfigProperty(name = "vigie.sso.discovery-url")
    Optional<String> discoveryUrl;

    public boolean isEnabled() {
        return discoveryUrl.filter(url -> !url.isBlank()).isPresent();
    }
}
