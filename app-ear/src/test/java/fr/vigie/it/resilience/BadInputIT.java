package fr.vigie.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bad input never answers 500 (issue 17). Malformed values — wrong types, too long, control
 * characters, markup, SQL fragments — are posted to every field of the main pages' forms (full and
 * Ajax postbacks) and to every query parameter, path parameter and JSON field of the operations the
 * OpenAPI document lists: each gets a 4xx with a clear message (problem+json for the API) or the page
 * again with its validation messages, and markup comes back escaped. A tampered or replayed postback
 * is refused with a clear page, logged as one line with the request id.
 */
class BadInputIT extends RunningVigie {
    private static final String MARKUP = "<script>alert('vg17')</script><b onmouseover=x>";
    private static final List<String> VALUES = List.of(
            "not-a-number-é",
            "99999999999999999999999",
            "x".repeat(20_000),
            "a\u0000b\u0007c\u001b[31m\r\nd",
            MARKUP,
            "' OR '1'='1'; DROP TABLE x;--",
            ";env;");
    private static final Set<String> NEVER_FUZZED = Set.of("jakarta.faces.ViewState", "primefaces.nonce");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int containerRefusals;

    @Test
    void pagesAnswerBadFormValuesWithMessagesNeverA500() {
        String complaint = Fixtures.complaint();
        String dossier = fr.vigie.it.dossiers.Dossiers.create("NATIONAL", false).getString("reference");
        fuzzLogin();
        fuzzPages(
                "handler",
                "/complaints/list.xhtml",
                "/complaints/intake.xhtml",
                "/complaints/file.xhtml?reference=" + complaint,
                "/index.xhtml");
        fuzzPages(
                "instructor",
                "/dossiers/list.xhtml",
                "/dossiers/form.xhtml",
                "/dossiers/file.xhtml?reference=" + dossier);
        fuzzPages(
                "admin",
                "/admin/users.xhtml",
                "/admin/calendar.xhtml",
                "/admin/policies.xhtml",
                "/admin/tokens.xhtml",
                "/clocks/calculator.xhtml",
                "/inspections/reference.xhtml",
                "/organisations/directory.xhtml",
                "/organisations/organisation.xhtml");
        fuzzPages(
                "head",
                "/inspections/list.xhtml",
                "/inspections/programme.xhtml",
                "/inspections/new.xhtml",
                "/inspections/breach.xhtml",
                "/inspections/risk.xhtml",
                "/inspections/interests.xhtml");
        fuzzPages("president", "/sanctions/list.xhtml", "/sanctions/notice-form.xhtml", "/sanctions/activity.xhtml");
        fuzzPages("dacmember", "/committee/mine.xhtml", "/committee/sessions.xhtml", "/committee/interests.xhtml");
        fuzzPages("auditor", "/audit/trail.xhtml", "/audit/access-log.xhtml");
        fuzzPages(
                "manager",
                "/reports/backlog.xhtml",
                "/reports/deadlines.xhtml",
                "/reports/art78.xhtml",
                "/reports/workload.xhtml",
                "/reports/forecast.xhtml",
                "/reports/ehds.xhtml");
        System.out.printf(
                "[BadInputIT] %d form postbacks with malformed values, %d refused with a server error%n",
                requests, failures.size());
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void pageParametersAnswerBadValuesWithAPageNeverA500() {
        Map<String, List<String>> pagesByUser = Map.of(
                "handler",
                        List.of(
                                "/complaints/file.xhtml?reference=",
                                "/complaints/campaign.xhtml?code=",
                                "/clocks/case.xhtml?caseRef="),
                "instructor", List.of("/dossiers/file.xhtml?reference=", "/dossiers/form.xhtml?reference="),
                "dacsecretary", List.of("/committee/session.xhtml?id=", "/committee/review.xhtml?id="),
                "head",
                        List.of(
                                "/inspections/file.xhtml?reference=",
                                "/inspections/programme.xhtml?year=",
                                "/inspections/new.xhtml?siren="),
                "president",
                        List.of(
                                "/sanctions/case.xhtml?reference=",
                                "/sanctions/notice.xhtml?reference=",
                                "/sanctions/deliberation.xhtml?reference="),
                "admin", List.of("/organisations/organisation.xhtml?id="));
        for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
            FormSession session = FormSession.signedIn(baseUrl(), entry.getKey());
            for (String page : entry.getValue()) {
                for (String value : VALUES) {
                    check(
                            session.get(page + URLEncoder.encode(value, StandardCharsets.UTF_8)),
                            entry.getKey() + " GET " + page,
                            value);
                }
            }
        }
        FormSession anonymous = new FormSession(baseUrl());
        for (String value : VALUES) {
            check(
                    anonymous.get("/login.xhtml?continue=" + URLEncoder.encode(value, StandardCharsets.UTF_8)),
                    "GET login continue",
                    value);
            check(
                    anonymous.get("/login.xhtml?lang=" + URLEncoder.encode(value, StandardCharsets.UTF_8)),
                    "GET login lang",
                    value);
        }
        System.out.printf(
                "[BadInputIT] %d page requests with malformed parameters, %d refused with a server error%n",
                requests, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void apiAnswersBadParametersAndFieldsWithProblemsNeverA500() throws IOException, InterruptedException {
        JsonObject openApi = openApi();
        JsonObject paths = openApi.getJsonObject("paths");
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject operations = path.getValue().asJsonObject();
            for (String method : List.of("get", "post", "put", "patch")) {
                if (operations.containsKey(method)) {
                    fuzzOperation(
                            openApi,
                            // The document's paths carry the application's /api prefix (its servers end at /vigie).
                            path.getKey().replaceFirst("^/api(?=/)", ""),
                            method.toUpperCase(),
                            operations.getJsonObject(method),
                            operations.getJsonArray("parameters") == null
                                    ? List.of()
                                    : operations.getJsonArray("parameters"));
                }
            }
        }
        System.out.printf(
                "[BadInputIT] %d API requests with malformed values over %d paths, %d refused by the servlet container "
                        + "before the application (URI canonicalization), %d failures%n",
                requests, paths.size(), containerRefusals, failures.size());
        assertTrue(requests > 100, "the OpenAPI document lists too few operations: " + requests);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures:\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void tamperedOrReplayedPostbacksGetAClearPageAndOneLogLine() throws IOException {
        FormSession session = FormSession.signedIn(baseUrl(), "handler");
        FormSession.Page list = session.get("/complaints/list.xhtml");
        assertEquals(200, list.status());
        FormSession.Form form = list.forms().stream()
                .filter(f ->
                        f.fields().containsKey("primefaces.nonce") || f.fields().containsKey("jakarta.faces.ViewState"))
                .findFirst()
                .orElseThrow();
        Path log = serverLog();

        String nonceId = "vg17-nonce-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long before = lines(log);
        FormSession.Page wrongNonce =
                session.post(form.with("primefaces.nonce", "forged-nonce-value"), firstButton(form), false, nonceId);
        FormSession.Page wrongNonceAjax = session.post(
                form.with("primefaces.nonce", "forged-nonce-value"), firstButton(form), true, nonceId + "a");
        String forgedId = "vg17-state-" + ThreadLocalRandom.current().nextInt(1_000_000);
        FormSession.Page forged = session.post(
                form.with("jakarta.faces.ViewState", "forged-view-state"), firstButton(form), false, forgedId);
        FormSession.Page forgedAjax = session.post(
                form.with("jakarta.faces.ViewState", "forged-view-state"), firstButton(form), true, forgedId + "a");
        long logged = awaitLines(log, before);

        refusedClearly(wrongNonce, session);
        refusedClearly(wrongNonceAjax, session);
        refusedClearly(forged, session);
        refusedClearly(forgedAjax, session);
        List<String> added = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .skip(before)
                .toList();
        System.out.printf(
                "[BadInputIT] 4 refused postbacks (CSP nonce, forged view state; full and Ajax): %d log lines (%.1f per request)%n",
                logged, logged / 4.0);
        for (String id : List.of(nonceId, nonceId + "a", forgedId, forgedId + "a")) {
            assertEquals(
                    1,
                    added.stream()
                            .filter(l -> l.contains("[request " + id + "]"))
                            .count(),
                    id + " in\n" + String.join("\n", added));
        }
        assertFalse(
                added.stream().anyMatch(l -> l.trim().startsWith("at ") || l.contains("Exception:")),
                "stack trace logged:\n" + String.join("\n", added));
    }

    // ---------------------------------------------------------------- pages

    private void fuzzLogin() {
        FormSession anonymous = new FormSession(baseUrl());
        for (String value : List.of(MARKUP, "x".repeat(20_000), "a\u0000b", "' OR '1'='1")) {
            FormSession.Page login = anonymous.get("/login.xhtml");
            FormSession.Form form = login.form("loginForm");
            check(
                    anonymous.post(
                            form.with("loginForm:username", value)
                                    .with("loginForm:password", "wrong-" + value.length()),
                            "loginForm:loginButton",
                            false,
                            null),
                    "login username",
                    value);
            check(
                    anonymous.post(
                            anonymous
                                    .get("/login.xhtml")
                                    .form("loginForm")
                                    .with("loginForm:username", "nobody-vg17")
                                    .with("loginForm:password", value),
                            "loginForm:loginButton",
                            false,
                            null),
                    "login password",
                    value);
        }
    }

    private void fuzzPages(String user, String... paths) {
        FormSession session = FormSession.signedIn(baseUrl(), user);
        for (String path : paths) {
            FormSession.Page page = session.get(path);
            if (page.status() != 200) {
                failures.add(user + " GET " + path + " -> " + page.status());
                continue;
            }
            List<FormSession.Form> forms = page.forms();
            for (int i = 0; i < forms.size(); i++) {
                FormSession.Form form = forms.get(i);
                for (String field : form.editable()) {
                    if (NEVER_FUZZED.contains(field)) {
                        continue;
                    }
                    // A fresh view for each field: the session keeps a bounded number of views.
                    FormSession.Form fresh = freshForm(session, path, i, form);
                    for (int v = 0; v < VALUES.size(); v++) {
                        String value = VALUES.get(v);
                        boolean ajax = v % 2 == 1;
                        check(
                                session.post(fresh.with(field, value), firstButton(fresh), ajax, null),
                                user + " " + path + " " + field + (ajax ? " (ajax)" : ""),
                                value);
                    }
                }
            }
        }
    }

    private static FormSession.Form freshForm(FormSession session, String path, int index, FormSession.Form fallback) {
        List<FormSession.Form> forms = session.get(path).forms();
        return index < forms.size() ? forms.get(index) : fallback;
    }

    private static String firstButton(FormSession.Form form) {
        return form.buttons().isEmpty() ? null : form.buttons().get(0);
    }

    private void check(FormSession.Page answer, String where, String value) {
        requests++;
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        if (answer.status() >= 500 || answer.body().contains("id=\"error500\"")) {
            failures.add(where + " = " + printable(shown) + " -> " + answer.status());
        } else if (answer.body().contains("<error>") && answer.body().contains("partial-response")) {
            failures.add(where + " = " + printable(shown) + " -> Ajax error " + excerpt(answer.body()));
        } else if (answer.body().contains(MARKUP) || answer.body().contains("<script>alert('vg17')")) {
            failures.add(where + " = markup shown back unescaped");
        }
    }

    private static void refusedClearly(FormSession.Page answer, FormSession session) {
        if (answer.status() == 302 || answer.status() == 303) {
            String location = answer.location();
            assertTrue(location.contains("/error/"), "redirected to " + location);
            FormSession.Page page = session.get(location.substring(location.indexOf("/vigie") + "/vigie".length()));
            assertTrue(page.body().contains("vg-error-page"), page.body());
        } else if (answer.body().contains("partial-response")) {
            assertTrue(answer.body().contains("<redirect") && answer.body().contains("/error/"), answer.body());
        } else {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.body().contains("id=\"error400\""), answer.body());
        }
    }

    // ---------------------------------------------------------------- API

    private void fuzzOperation(
            JsonObject openApi, String template, String method, JsonObject operation, List<JsonValue> shared)
            throws IOException, InterruptedException {
        String user = userFor(template);
        List<JsonValue> parameters = new ArrayList<>(shared);
        if (operation.containsKey("parameters")) {
            parameters.addAll(operation.getJsonArray("parameters"));
        }
        boolean jsonBody = operation.containsKey("requestBody")
                && operation
                        .getJsonObject("requestBody")
                        .getJsonObject("content")
                        .containsKey("application/json");
        for (JsonValue p : parameters) {
            JsonObject parameter = p.asJsonObject();
            String in = parameter.getString("in", "");
            String name = parameter.getString("name", "");
            if (!in.equals("query") && !in.equals("path")) {
                continue;
            }
            for (String value : VALUES) {
                String path = fill(template, in.equals("path") ? name : null, value);
                if (in.equals("query")) {
                    path += (path.contains("?") ? "&" : "?") + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8);
                }
                String body = jsonBody ? "{}" : null;
                checkApi(method, path, user, body, method + " " + template + " " + in + " " + name, value);
            }
        }
        if (jsonBody) {
            JsonObject schema = resolve(
                    openApi,
                    operation
                            .getJsonObject("requestBody")
                            .getJsonObject("content")
                            .getJsonObject("application/json")
                            .getJsonObject("schema"));
            String path = fill(template, null, null);
            checkApi(method, path, user, "{\"broken\": ", method + " " + template + " body", "broken JSON");
            JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
            if (properties != null) {
                for (String field : properties.keySet()) {
                    for (String value : VALUES) {
                        String json = "{\"" + field + "\":" + Json.createValue(value) + "}";
                        checkApi(method, path, user, json, method + " " + template + " field " + field, value);
                    }
                    checkApi(
                            method,
                            path,
                            user,
                            "{\"" + field + "\":{\"nested\":[1,2]}}",
                            method + " " + template + " field " + field,
                            "object");
                    checkApi(
                            method,
                            path,
                            user,
                            "{\"" + field + "\":[true, 12.5e300]}",
                            method + " " + template + " field " + field,
                            "array");
                }
            }
        }
    }

    private static JsonObject resolve(JsonObject openApi, JsonObject schema) {
        if (schema != null && schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return openApi.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** Path parameters: the malformed value for the one under test, a harmless one for the others. */
    private static String fill(String template, String fuzzed, String value) {
        String path = template;
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String replacement = name.equals(fuzzed)
                    ? URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
                    : "VG17-0001";
            path = path.substring(0, start) + replacement + path.substring(end + 1);
        }
        return path;
    }

    private static String userFor(String path) {
        String first = path.replaceFirst("^/", "").split("/")[0];
        return switch (first) {
            case "complaints", "documents" -> "handler";
            case "dossiers" -> "instructor";
            case "committee" -> "dacsecretary";
            case "reports", "reporting" -> "manager";
            case "inspections" -> "head";
            case "sanctions" -> "president";
            case "audit" -> "auditor";
            default -> "admin";
        };
    }

    private void checkApi(String method, String path, String user, String body, String where, String value)
            throws IOException, InterruptedException {
        requests++;
        String url = baseUrl() + "/api" + path;
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            return; // not expressible as a URL: no client could send it
        }
        b.timeout(Duration.ofSeconds(120))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        Supplier<HttpRequest.BodyPublisher> publisher =
                () -> body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r =
                HTTP.send(b.method(method, publisher.get()).build(), HttpResponse.BodyHandlers.ofString());
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() == 400 && r.body().contains("CWWWC0005I")) {
            // Refused by the servlet container before any application code runs: Servlet 6.0 (§3.5.2) requires
            // it to reject a path holding an encoded NUL, ';' or '/' with a 400; Vigie never sees the request.
            containerRefusals++;
        } else if (r.statusCode() >= 500) {
            failures.add(where + " = " + printable(shown) + " -> " + r.statusCode() + " " + excerpt(r.body()));
        } else if (r.statusCode() >= 400
                && r.statusCode() != 404
                && r.statusCode() != 405
                && r.statusCode() != 415
                && !type.startsWith("application/problem+json")) {
            failures.add(where + " = " + printable(shown) + " -> " + r.statusCode() + " without problem+json (" + type
                    + ")");
        } else if (r.statusCode() >= 400
                && type.startsWith("application/problem+json")
                && Json.createReader(new StringReader(r.body()))
                        .readObject()
                        .getString("detail", "")
                        .isBlank()) {
            failures.add(where + " = " + printable(shown) + " -> " + r.statusCode() + " problem without detail");
        }
    }

    private static JsonObject openApi() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(serverRoot() + "/openapi?format=JSON"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    // ---------------------------------------------------------------- data and log

    /** The test server's message log (failsafe runs in app-ear; the server name is Arquillian's). */
    private static Path serverLog() {
        String server = System.getProperty("arq.container.liberty.configuration.serverName", "vigie-test");
        return Path.of("target/liberty/wlp/usr/servers", server, "logs/messages.log");
    }

    private static long lines(Path log) throws IOException {
        try (var stream = Files.lines(log, StandardCharsets.UTF_8)) {
            return stream.count();
        }
    }

    /** Lines added since {@code before}, once the log has stopped growing (it is written asynchronously). */
    private static long awaitLines(Path log, long before) throws IOException {
        long last = -1;
        long now = lines(log);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (now != last && System.nanoTime() < deadline) {
            last = now;
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = lines(log);
        }
        return now - before;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 32 ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return b.toString();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
