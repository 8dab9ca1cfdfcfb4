package fr.vigie.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small REST client for the tests: HTTP Basic as a given user, JSON in and out. */
public final class Api {
    public static final String DEMO_PASSWORD = "Vigie-Demo-2026!";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final String forwardedFor;

    private Api(String base, String authorization) {
        this(base, authorization, null);
    }

    private Api(String base, String authorization, String forwardedFor) {
        this.base = base;
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /** API calls with an API token ({@code Authorization: Bearer}). */
    public static Api withToken(String token) {
        return new Api(RunningVigie.baseUrl() + "/api/", "Bearer " + token);
    }

    /**
     * The same calls as if they came, through a proxy, from {@code address} (the test server
     * believes {@code X-Forwarded-For} from localhost only): a test stands for its own client.
     */
    public Api from(String address) {
        return new Api(base, authorization, address);
    }

    public static Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(RunningVigie.baseUrl() + "/api/", "Basic " + token);
    }

    public static Api anonymous() {
        return new Api(RunningVigie.baseUrl() + "/api/", null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply putJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, body. */
    public record Reply(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) jsonStructure();
        }

        public JsonStructure jsonStructure() {
            return Json.createReader(new StringReader(text())).read();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }
}
