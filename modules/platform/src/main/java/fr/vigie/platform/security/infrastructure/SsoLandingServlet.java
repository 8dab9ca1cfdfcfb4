package fr.vigie.platform.security.infrastructure;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where single sign-on ends (docs/security.md, "Single sign-on"). The authentication mechanism does the
 * work on these paths ({@link OidcClient}, {@link fr.vigie.platform.security.application.SsoLogins}); a
 * request reaches this servlet only signed in, and goes home.
 */
@WebServlet(urlPatterns = {OidcClient.LOGIN_PATH, OidcClient.CALLBACK_PATH})
public class SsoLandingServlet extends HttpServlet {
    /** The refusal page, followed by the reason (a {@code SsoLogins.Refusal} in lower case, or "unavailable"). */
    static final String REFUSED = "/public/sso-refused.xhtml?reason=";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
