package fr.vigie.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served, so that a log line, an audit entry and an error page
 * shown to a user can be matched. Taken from a trusted proxy's X-Request-Id when well formed.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "vigie.requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    /** The current request's id, or null outside a request (timers, start-up). */
    public static String current() {
        return CURRENT.get();
    }

    static String accept(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    static void bind(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
