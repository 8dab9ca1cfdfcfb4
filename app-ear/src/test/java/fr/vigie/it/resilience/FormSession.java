package fr.vigie.it.resilience;

import fr.vigie.it.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the pages' forms: keeps the session cookie, reads the forms of a
 * page (their fields, hidden Faces state and submit buttons) and posts them back, as a full request
 * or as a PrimeFaces Ajax request, with any field replaced.
 */
final class FormSession {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.DOTALL);
    /** The nonce of the page's scripts: PrimeFaces' script adds it to every form it submits. */
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script\\b[^>]*\\bnonce=\"([^\"]+)\"");

    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    FormSession(String base) {
        this.base = base;
    }

    /** Signs in through the login page, as a person would. */
    static FormSession signedIn(String base, String username) {
        FormSession session = new FormSession(base);
        Page login = session.get("/login.xhtml");
        Form form = login.form("loginForm");
        Page after = session.post(
                form.with("loginForm:username", username).with("loginForm:password", Api.DEMO_PASSWORD),
                "loginForm:loginButton",
                false,
                null);
        if (after.status() != 302 && after.status() != 303) {
            throw new IllegalStateException("login as " + username + " failed: " + after.status());
        }
        return session;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
    }

    /**
     * Posts the form back, pressing {@code button} (may be null), as a full request or an Ajax one.
     */
    Page post(Form form, String button, boolean ajax, String requestId) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        if (button != null) {
            fields.put(button, "");
        }
        if (ajax) {
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", button == null ? form.id() : button);
            fields.put("jakarta.faces.partial.execute", "@all");
            fields.put("jakarta.faces.partial.render", form.id());
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create(base.substring(0, base.indexOf('/', "http://".length())) + form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        if (requestId != null) {
            b.header("X-Request-Id", requestId);
        }
        return send(b, form.action());
    }

    private Page send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> r = http.send(
                    request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(
                    path,
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Page(String path, int status, String body, String location) {
        List<Form> forms() {
            List<Form> forms = new ArrayList<>();
            Matcher nonce = SCRIPT_NONCE.matcher(body);
            String pageNonce = nonce.find() ? nonce.group(1) : null;
            Matcher m = FORM.matcher(body);
            while (m.find()) {
                Map<String, String> formAttributes = attributes(m.group(1));
                String id = formAttributes.getOrDefault("id", "");
                String action = unescape(formAttributes.getOrDefault("action", path));
                Map<String, String> fields = new LinkedHashMap<>();
                List<String> editable = new ArrayList<>();
                List<String> buttons = new ArrayList<>();
                Matcher f = FIELD.matcher(m.group(2));
                while (f.find()) {
                    Map<String, String> a = attributes(f.group(2));
                    String name = a.get("name");
                    if (name == null) {
                        continue;
                    }
                    String type = a.getOrDefault("type", f.group(1).equals("input") ? "text" : f.group(1))
                            .toLowerCase();
                    switch (type) {
                        case "submit" -> buttons.add(name);
                        case "button", "file", "image", "reset" -> {}
                        case "checkbox", "radio" -> {
                            if (f.group(2).contains("checked")) {
                                fields.put(name, unescape(a.getOrDefault("value", "on")));
                            }
                        }
                        default -> {
                            fields.putIfAbsent(name, unescape(a.getOrDefault("value", "")));
                            if (!name.equals("jakarta.faces.ViewState") && !name.equals("primefaces.nonce")) {
                                editable.add(name);
                            }
                        }
                    }
                }
                if (pageNonce != null) {
                    fields.putIfAbsent("primefaces.nonce", pageNonce);
                }
                forms.add(new Form(id, action, fields, List.copyOf(editable), List.copyOf(buttons)));
            }
            return forms;
        }

        Form form(String id) {
            return forms().stream()
                    .filter(f -> f.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no form " + id + " on " + path + " (" + status + "):\n"
                            + body.substring(0, Math.min(3000, body.length()))));
        }
    }

    record Form(String id, String action, Map<String, String> fields, List<String> editable, List<String> buttons) {
        Form with(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(fields);
            copy.put(name, value);
            return new Form(id, action, copy, editable, buttons);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            a.putIfAbsent(m.group(1).toLowerCase(), m.group(2));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/")
                .replace("&#47;", "/")
                .replace("&amp;", "&");
    }
}
