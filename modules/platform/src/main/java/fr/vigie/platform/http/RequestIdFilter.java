package fr.vigie.platform.http;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request an id (echoed in the X-Request-Id response header, the access log, the
 * audit trail and error pages) and logs each request's outcome as one structured line. A request
 * whose parameters hold control characters is refused here (see {@link InputCharacters}).
 */
@WebFilter(filterName = "requestId", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("fr.vigie.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        RequestIds.bind(id);
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        long start = System.nanoTime();
        try {
            String refused = controlCharacterIn(request);
            if (refused != null) {
                refuse(request, response, id, refused);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = response.getStatus();
            Level level = status >= 500 ? Level.WARNING : Level.FINE;
            if (LOG.isLoggable(level)) {
                String user = request.getRemoteUser();
                LOG.log(level, "requestId={0} method={1} path={2} status={3} durationMs={4} user={5}", new Object[] {
                    id, request.getMethod(), request.getRequestURI(), status, millis, user == null ? "-" : user
                });
            }
            RequestIds.clear();
        }
    }

    /** Form and query parameters only: a multipart body is left to the servlet that accepts it. */
    private static String controlCharacterIn(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        // Reading parameters fixes their encoding: the pages and the API are UTF-8, as Faces would decide.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return InputCharacters.firstControlCharacter(request.getParameterMap());
    }

    /** One log line; problem+json for the API, the "request refused" page (HTTP 400) for pages. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String id, String parameter)
            throws IOException {
        LOG.warning(() -> "requestId=" + id + " refused: control character in parameter " + parameter + " path="
                + request.getRequestURI());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "https://vigie.example/problems/control-character")
                            .add("title", "Bad Request")
                            .add("status", 400)
                            .add(
                                    "detail",
                                    "Parameter '" + parameter
                                            + "' contains a control character, which no field accepts.")
                            .add("requestId", id)
                            .build()
                            .toString());
        } else {
            response.sendRedirect(request.getContextPath() + "/error/400.xhtml");
        }
    }
}
