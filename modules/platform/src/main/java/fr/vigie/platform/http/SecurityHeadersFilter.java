package fr.vigie.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser-side protections on every response. Pages get their script policy (with nonces) from
 * PrimeFaces' CSP mode; this filter sets the rest, and a strict default policy for anything that
 * is not a page (API, downloads). HSTS is sent on HTTPS requests, or always when configured
 * behind a TLS-terminating proxy.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String PAGE_POLICY_EXTRA =
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Inject
    @ConfigProperty(name = "vigie.security.hsts", defaultValue = "false")
    private boolean alwaysHsts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() || alwaysHsts) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/documents/")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        } else {
            // PrimeFaces adds its own script-src with a per-request nonce in a second header;
            // browsers enforce every policy received, so both apply.
            response.setHeader("Content-Security-Policy", PAGE_POLICY_EXTRA);
        }
        if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
