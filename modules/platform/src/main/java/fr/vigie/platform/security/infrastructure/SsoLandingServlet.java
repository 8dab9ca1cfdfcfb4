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
 *
 * <p>Home is reached by a page of Vigie's own, not by a redirect: the callback is the end of a navigation
 * that started at the provider, another site, and a browser does not send the SameSite=Strict session
 * cookie on any redirect of that navigation. A navigation started by this page is same-site.
 */
@WebServlet(urlPatterns = {OidcClient.LOGIN_PATH, OidcClient.CALLBACK_PATH})
public class SsoLandingServlet extends HttpServlet {
    /** The refusal page, followed by the reason (a {@code SsoLogins.Refusal} in lower case, or "unavailable"). */
    static final String REFUSED = "/public/sso-refused.xhtml?reason=";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String home = request.getContextPath() + "/index.xhtml";
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=" + home + "\">"
                        + "<title>Vigie</title></head><body><main><p><a href=\"" + home + "\">Vigie</a></p>"
                        + "</main></body></html>");
    }
}
