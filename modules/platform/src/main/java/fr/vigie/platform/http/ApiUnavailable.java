package fr.vigie.platform.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The API's answer while the database cannot be reached, for code that runs before the REST
 * resources and their exception mappers (authentication): a 503 problem with Retry-After, one log line.
 */
public final class ApiUnavailable {
    private static final Logger LOG = Logger.getLogger(ApiUnavailable.class.getName());

    private ApiUnavailable() {}

    public static void write(HttpServletResponse response, SQLException cause) {
        LOG.warning(() -> "Database unavailable while authenticating an API request: SQLSTATE " + cause.getSQLState()
                + " [request " + RequestIds.current() + "]");
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            var problem = Json.createObjectBuilder()
                    .add("type", "https://vigie.example/problems/database-unavailable")
                    .add("title", "Service unavailable")
                    .add("status", 503)
                    .add("detail", DatabaseFailures.unavailableDetail(cause));
            if (RequestIds.current() != null) {
                problem.add("requestId", RequestIds.current());
            }
            response.getWriter().write(problem.build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
