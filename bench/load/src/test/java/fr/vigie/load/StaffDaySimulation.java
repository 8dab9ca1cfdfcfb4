package fr.vigie.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A working day of the regulator's staff against a running Vigie. Each virtual user signs in
 * through the login form with its own session and repeats its role's round with think times:
 * handler (work list, filter, a complaint's file), instructor (dossier list, a dossier's file),
 * committee member (my reviews), manager (two reports and an export), and another system on the
 * API with a token (list; create, at a rate of its own). Prints p50/p95/p99 per request, throughput, errors, and the
 * server's heap and RSS sampled during the run.
 */
public class StaffDaySimulation extends Simulation {
    private static final String BASE = System.getProperty("base", "http://localhost:9080/vigie");
    private static final int USERS = Integer.getInteger("users", 30);
    private static final int MINUTES = Integer.getInteger("minutes", 2);
    private static final int RAMP = Integer.getInteger("rampSeconds", 30);
    private static final int THINK = Integer.getInteger("thinkSeconds", 5);
    private static final String PASSWORD = System.getProperty("password", "Vigie-Demo-2026!");
    private static final String ADMIN = System.getProperty("admin", "admin");
    private static final long SERVER_PID = Long.getLong("serverPid", 0);
    /**
     * Complaints the API clients create per minute, all together. The authority receives about 17,000
     * complaints a year (some 70 a working day, 0.14 a minute over eight hours): the default, 6 a minute, is 40 times
     * that. Every API client creating on each round (the simulation before 2026-12-07) made 30 clients
     * create 3 a second, some 1,300 times the real rate, which measures a bulk import, not a day.
     */
    private static final double CREATES_PER_MINUTE = Double.parseDouble(System.getProperty("createsPerMinute", "6"));
    private static final AtomicLong NEXT_CREATE = new AtomicLong(System.nanoTime());

    private static final Figures FIGURES = new Figures();
    /**
     * The same figures for the requests sent once every user has been started and signed in (the ramp
     * plus {@link #SIGN_IN_GRACE}): the ramp's burst of sign-ins (one PBKDF2 hash each) queues every
     * other request on a small machine, and a morning where 200 people arrive within one minute is a
     * different question from 200 people working. Both tables are printed.
     */
    private static final Figures STEADY = new Figures();
    private static final int SIGN_IN_GRACE = 15;
    private static volatile long steadyFrom = Long.MAX_VALUE;
    private static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";
    /**
     * PrimeFaces' content security policy: every page carries a nonce on its scripts, which PrimeFaces'
     * script sends back with each postback as {@code primefaces.nonce}; a postback without it is refused
     * (400, "CSP nonce mismatch"), as a forged form would be.
     */
    private static final String SCRIPT_NONCE = "script[nonce]";

    private final ServerMemory memory = new ServerMemory(BASE, SERVER_PID);
    private final String token = issueToken();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("vigie-load/gatling");

    /** A request whose time and outcome go to the closing table. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    long millis = session.contains("rt") ? session.getLong("rt") : 0;
                    FIGURES.record(name, millis, !session.isFailed());
                    if (System.currentTimeMillis() - millis >= steadyFrom) {
                        STEADY.record(name, millis, !session.isFailed());
                    }
                    return session.remove("rt").markAsSucceeded();
                });
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(THINK * 500L), Duration.ofMillis(THINK * 1500L));
    }

    private static ChainBuilder login(String username) {
        return timed("login page", http("login page").get("/login.xhtml")
                .check(
                        status().is(200),
                        css(VIEW_STATE, "value").saveAs("viewState"),
                        css(SCRIPT_NONCE, "nonce").saveAs("nonce")))
                .pause(Duration.ofSeconds(1))
                .exec(timed("login submit", http("login submit").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm_SUBMIT", "1")
                        .formParam("loginForm:username", username)
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:loginButton", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("topbarForm:logoutButton"))));
    }

    private static ChainBuilder page(String name, String path, String linkPattern, String saveAs) {
        HttpRequestActionBuilder get = http(name).get(path)
                .check(
                        status().is(200),
                        css(VIEW_STATE, "value").optional().saveAs("viewState"),
                        css(SCRIPT_NONCE, "nonce").optional().saveAs("nonce"));
        if (linkPattern != null) {
            get = get.check(regex(linkPattern).findRandom().saveAs(saveAs));
        }
        return timed(name, get);
    }

    private final ScenarioBuilder handler = scenario("handler").exec(login("handler")).exec(during(Duration.ofMinutes(MINUTES)).on(
            page("handler: work list", "/complaints/list.xhtml", "complaints/file\\.xhtml\\?reference=([^\"&]+)", "complaint")
                    .exec(think())
                    .exec(timed("handler: filter", http("handler: filter").post("/complaints/list.xhtml")
                            .header("Faces-Request", "partial/ajax")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "listForm:apply")
                            .formParam("jakarta.faces.partial.execute", "listForm")
                            .formParam("jakarta.faces.partial.render", "listForm:complaints")
                            .formParam("listForm:apply", "listForm:apply")
                            .formParam("listForm", "listForm")
                            .formParam("listForm_SUBMIT", "1")
                            .formParam("listForm:text", "données")
                            .formParam("listForm:organisation", "")
                            .formParam("listForm:assignee", "")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("partial-response"))))
                    .exec(think())
                    .exec(page("handler: complaint file", "/complaints/file.xhtml?reference=#{complaint}", null, null))
                    .exec(think())));

    private final ScenarioBuilder instructor = scenario("instructor").exec(login("instructor")).exec(during(Duration.ofMinutes(MINUTES)).on(
            page("instructor: dossier list", "/dossiers/list.xhtml", "dossiers/file\\.xhtml\\?reference=([^\"&]+)", "dossier")
                    .exec(think())
                    .exec(page("instructor: dossier file", "/dossiers/file.xhtml?reference=#{dossier}", null, null))
                    .exec(think())));

    private final ScenarioBuilder member = scenario("committee member").exec(login("dacmember")).exec(during(Duration.ofMinutes(MINUTES)).on(
            page("member: my reviews", "/committee/mine.xhtml", null, null)
                    .exec(think())));

    private final ScenarioBuilder manager = scenario("manager").exec(login("manager")).exec(during(Duration.ofMinutes(MINUTES)).on(
            page("manager: deadline board", "/reports/deadlines.xhtml", null, null)
                    .exec(think())
                    .exec(page("manager: backlog ageing", "/reports/backlog.xhtml", null, null))
                    .exec(think())
                    .exec(timed("manager: export csv", http("manager: export csv").get("/api/reports/backlog/export?format=csv&lang=fr")
                            .check(status().is(200))))
                    .exec(think())));

    private final ScenarioBuilder apiClient = scenario("api client").exec(during(Duration.ofMinutes(MINUTES)).on(
            timed("api: list complaints", http("api: list complaints").get("/api/complaints?limit=25")
                    .header("Authorization", "Bearer " + token).check(status().is(200)))
                    .exec(think())
                    .exec(doIf(session -> createNow()).then(timed("api: create complaint", http("api: create complaint").post("/api/complaints")
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .body(StringBody(session -> """
                                    {"channel":"WEB_FORM","complainantName":"Load test %s","complainantEmail":"load@example.org",
                                     "organisationName":"Last GmbH","organisationCountry":"DE",
                                     "facts":"Complaint created by the load simulation to measure the API.",
                                     "categories":["ACCESS_RIGHT"],"peopleAffected":1,"submissionKey":"load-%s-%d"}"""
                                    .formatted(session.userId(), session.userId(), System.nanoTime())))
                            .check(status().in(200, 201)))))
                    .exec(think())));

    /** Whether this API client's round creates a complaint: at most {@link #CREATES_PER_MINUTE}, spread evenly. */
    private static boolean createNow() {
        long now = System.nanoTime();
        long next = NEXT_CREATE.get();
        long interval = (long) (60e9 / Math.max(CREATES_PER_MINUTE, 1e-9));
        return now - next >= 0 && NEXT_CREATE.compareAndSet(next, now + interval);
    }

    {
        int api = Math.max(1, USERS * 15 / 100);
        int members = Math.max(1, USERS * 15 / 100);
        int managers = Math.max(1, USERS * 10 / 100);
        int instructors = Math.max(1, USERS * 20 / 100);
        int handlers = Math.max(1, USERS - api - members - managers - instructors);
        System.out.printf("%nVigie load: %d users (%d handlers, %d instructors, %d committee members, %d managers, %d API clients"
                + " creating %.1f complaints a minute), %d min after a %d s ramp, think time %d s ± 50 %%, against %s%n%n",
                USERS, handlers, instructors, members, managers, api, CREATES_PER_MINUTE, MINUTES, RAMP, THINK, BASE);
        List<PopulationBuilder> populations = List.of(
                handler.injectOpen(rampUsers(handlers).during(RAMP)),
                instructor.injectOpen(rampUsers(instructors).during(RAMP)),
                member.injectOpen(rampUsers(members).during(RAMP)),
                manager.injectOpen(rampUsers(managers).during(RAMP)),
                apiClient.injectOpen(rampUsers(api).during(RAMP)));
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(RAMP + MINUTES * 60L + 60));
    }

    @Override
    public void before() {
        steadyFrom = System.currentTimeMillis() + (RAMP + SIGN_IN_GRACE) * 1000L;
        memory.start();
    }

    @Override
    public void after() {
        String mem = memory.stop();
        System.out.println();
        System.out.println("=== Vigie load figures (per request type; times of successful requests) ===");
        System.out.print(FIGURES.table());
        System.out.println();
        System.out.printf("=== The same, requests sent after the ramp (%d s) and %d s of sign-ins: everyone at work ===%n",
                RAMP, SIGN_IN_GRACE);
        System.out.print(STEADY.table());
        System.out.println(mem);
        System.out.println();
    }

    /** A read-write token for the handler's complaints, issued by the administrator with HTTP Basic. */
    private static String issueToken() {
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = """
                {"owner":"handler","name":"load simulation %d","access":"READ_WRITE","roles":["COMPLAINT_HANDLER"],
                 "expiresOn":"%s","reason":"load simulation"}""".formatted(System.currentTimeMillis(), LocalDate.now().plusDays(1));
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/tokens"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (r.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("Could not issue the API token (" + r.statusCode() + "): " + r.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Vigie is not reachable at " + BASE + ": start it with mvn -Prun verify", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
