package fr.vigie.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives every request an id (echoed in the X-Request-Id response header, the access log, the
 * audit trail and error pages) and logs each request's outcome as one structured line.
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
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = response.getStatus();
            Level level = status >= 500 ? Level.WARNING : Level.FINE;
            if (LOG.isLoggable(level)) {
                String user = request.getRemoteUser();
                LOG.log(level, "requestId={0} method={1} path={2} status={3} durationMs={4} user={5}",
                        new Object[]{id, request.getMethod(), request.getRequestURI(), status, millis,
                                user == null ? "-" : user});
            }
            RequestIds.clear();
        }
    }
}
