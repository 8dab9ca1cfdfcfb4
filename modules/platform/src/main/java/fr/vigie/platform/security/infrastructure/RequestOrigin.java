package fr.vigie.platform.security.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the current request comes from, for records that say "from where" (the read-access log):
 * the same rule as the authentication throttle, {@code X-Forwarded-For} believed only from a
 * trusted proxy (see {@link ClientAddress}).
 */
@ApplicationScoped
public class RequestOrigin {
    @Inject
    HttpServletRequest request;

    /** Absent or empty: no proxy is trusted. */
    @Inject
    @ConfigProperty(name = "vigie.security.trusted-proxies")
    Optional<String> trustedProxies;

    private ClientAddress clientAddress;

    @PostConstruct
    void init() {
        clientAddress = new ClientAddress(trustedProxies.orElse(""));
    }

    /** The client's address, or empty outside an HTTP request (a scheduled job, start-up). */
    public Optional<String> clientAddress() {
        try {
            return Optional.ofNullable(clientAddress.of(request));
        } catch (ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }
}
