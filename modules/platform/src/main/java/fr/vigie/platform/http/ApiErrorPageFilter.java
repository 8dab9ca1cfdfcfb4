package fr.vigie.platform.http;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Errors the container raises itself before the REST resources run (a path it refuses to match, a
 * request it cannot read) are dispatched to the error pages of {@code web.xml}, which are HTML. An API
 * client asked for JSON: for a failed {@code /api/} request this filter answers the error dispatch with
 * an RFC 9457 problem instead of the page.
 */
@WebFilter(
        filterName = "apiErrorPage",
        urlPatterns = "/error/*",
        dispatcherTypes = DispatcherType.ERROR,
        asyncSupported = true)
public class ApiErrorPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("fr.vigie.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || !uri.startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String requestId = RequestIds.current();
        LOG.info(() -> "requestId=" + requestId + " API error page " + status + " path=" + uri);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status)
                .add("detail", detail(status));
        if (requestId != null) {
            problem.add("requestId", requestId);
        }
        response.getWriter().write(problem.build().toString());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> status >= 500 ? "Internal Server Error" : "Request refused";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 ->
                "The request's address or content cannot be read (characters no path of the API accepts, "
                        + "or a malformed body); nothing was changed.";
            case 401 -> "Authentication is required: log in, or send an API token (Bearer) or HTTP Basic credentials.";
            case 403 -> "You may not do this.";
            case 404 -> "Nothing is found at this address.";
            case 405 -> "This address does not accept this method.";
            default ->
                status >= 500
                        ? "Something failed on the server; nothing was changed. Quote the request id when reporting it."
                        : "The request was refused.";
        };
    }
}
