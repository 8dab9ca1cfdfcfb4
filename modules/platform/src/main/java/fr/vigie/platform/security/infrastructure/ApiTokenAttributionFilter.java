package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.security.application.ApiTokenUse;
import fr.vigie.platform.security.application.ApiTokens;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * For a request authenticated with an API token: notes the token's use and names it in every
 * audit entry the request records ({@link ApiTokenUse}), next to its owner.
 */
@WebFilter(filterName = "apiTokenAttribution", urlPatterns = "/api/*", asyncSupported = true)
public class ApiTokenAttributionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ApiTokens apiTokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(ApiTokenUse.ATTRIBUTE) instanceof ApiTokens.TokenIdentity token)) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokenUse.bind(token.label());
        try {
            apiTokens.noteUse(token.tokenId());
            chain.doFilter(request, response);
        } finally {
            ApiTokenUse.clear();
        }
    }
}
