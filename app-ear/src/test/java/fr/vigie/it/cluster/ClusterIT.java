package fr.vigie.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.vigie.devserver.ServerCopy;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.browser.Browser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two Liberty servers on one PostgreSQL (docs/cluster.md), run by {@code mvn -Pcluster verify}: the
 * scheduled reporting snapshot fires on both servers at the same due time and runs once (one row in
 * {@code platform.job_run}, naming one of them); a person
 * signed in on server A, with a form half filled, carries on on server B after A is killed (SIGKILL)
 * without signing in again, and saves the form there, with the faces view state A created.
 */
@EnabledIfSystemProperty(named = "vigie.it.cluster", matches = "true", disabledReason = "runs under -Pcluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final String SNAPSHOT_JOB = "reporting snapshot";
    /** The scheduled rebuild's log line on the server that ran it. */
    private static final String SNAPSHOT_RAN = "Reporting snapshot: Outcome[";
    /** The line of a server whose timer fired for a run another server had claimed. */
    private static final String SNAPSHOT_TAKEN = ": another server has it";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServerCopy a;
    private ServerCopy b;
    /** When both servers' scheduled snapshot job fires (a quarter hour of their shifted clock). */
    private Instant due;
    /** The browser's session cookie on B after the failover (for the cost measurement). */
    private String bCookies;

    @BeforeAll
    void startPair() throws Exception {
        Path wlp = Path.of("target/liberty/wlp").toAbsolutePath();
        Path source = wlp.resolve("usr/servers").resolve(System.getProperty("vigie.it.cluster.source", "vigie-test"));
        Path include = Path.of(System.getProperty("vigie.it.cluster.include"));
        long lead = Long.getLong("vigie.it.cluster.job-lead-seconds", 240);
        // The snapshot job fires at minutes 0, 15, 30 and 45 of the server's clock: a time zone of whole
        // minutes (GMT+00:mm) makes one of them fall `lead` seconds from now, after both servers are up.
        due = Instant.now().plusSeconds(lead).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        long minuteOfQuarter = (due.getEpochSecond() / 60) % 15;
        String zone = String.format("GMT+00:%02d", (15 - minuteOfQuarter) % 15);
        Map<String, String> variables = Map.of(
                "vigie.reporting.job.enabled", "true",
                "vigie.reporting.modules", "complaints,dossiers,committee,inspections,sanctions",
                "vigie.mail.enabled", "false");
        a = ServerCopy.prepare(
                wlp, source, name("a"), port("a.http", 9381), port("a.https", 9743), include, variables, zone);
        b = ServerCopy.prepare(
                wlp, source, name("b"), port("b.http", 9391), port("b.https", 9753), include, variables, zone);
        System.out.printf("[cluster] servers in zone %s: the snapshot job is due at %s%n", zone, due);
        long t0 = System.nanoTime();
        // One after the other: the first applies the migrations and seeds the demo accounts alone.
        a.start(Map.of(), START_TIMEOUT);
        long t1 = System.nanoTime();
        b.shareKeysOf(a);
        b.start(Map.of(), START_TIMEOUT);
        long t2 = System.nanoTime();
        System.out.printf(
                "[cluster] server A ready in %d s, server B in %d s more%n",
                Duration.ofNanos(t1 - t0).toSeconds(), Duration.ofNanos(t2 - t1).toSeconds());
    }

    /** Server {@code x}'s name (-Dcluster.x.name in the cluster profile, so that side-by-side runs differ). */
    private static String name(String server) {
        return System.getProperty("vigie.it.cluster." + server + ".name", "vgcluster-" + server);
    }

    private static int port(String key, int fallback) {
        return Integer.getInteger("vigie.it.cluster." + key + ".port", fallback);
    }

    @AfterAll
    void stopPair() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    void theScheduledSnapshotRunsOnceWhenBothServersAreDue() throws Exception {
        assumeTrue(
                !"false".equals(System.getProperty("vigie.it.cluster.job")),
                "the scheduled job check is off (-Dvigie.it.cluster.job=false)");
        while (Instant.now().isAfter(due.minusSeconds(20))) {
            // The servers started later than planned: the next quarter hour of their clock.
            due = due.plus(15, ChronoUnit.MINUTES);
        }
        // Only what the logs say from just before the due time: each server's start-up rebuild is older.
        sleepUntil(due.minusSeconds(10));
        long fromA = Files.size(a.messagesLog());
        long fromB = Files.size(b.messagesLog());
        sleepUntil(due.plusSeconds(60));
        String logA = tail(a.messagesLog(), fromA);
        String logB = tail(b.messagesLog(), fromB);
        String taken = "Reporting snapshot due at " + due + SNAPSHOT_TAKEN;
        int ran = count(logA, SNAPSHOT_RAN) + count(logB, SNAPSHOT_RAN);
        int left = count(logA, taken) + count(logB, taken);
        List<String> runs = snapshotRunsAround(due);
        System.out.printf(
                "[cluster] at %s: snapshot ran %d time(s), left to the other server %d time(s); job_run rows from"
                        + " one minute before to one minute after: %s%n",
                due, ran, left, runs);
        // What the table says is the proof: one row for that due time (and none for the minutes next to it,
        // which a timer fired late would name), naming one of the two servers, finished.
        assertEquals(1, runs.size(), "one run recorded for the due time: " + runs);
        String run = runs.get(0);
        assertTrue(run.startsWith(due + " "), "the row is the due time's: " + run);
        assertTrue(
                run.contains(" " + a.name() + "@") || run.contains(" " + b.name() + "@"),
                "the row names server A or B: " + run);
        assertTrue(!run.endsWith(" unfinished"), "the run finished: " + run);
        // Both timers did fire: the logs show the run on one server and the claim found taken on the other.
        assertEquals(2, ran + left, "both servers' timers fired once:\nA:\n" + logA + "\nB:\n" + logB);
        assertEquals(1, ran, "one server ran the snapshot, the other found the run claimed");
    }

    /** The snapshot job's rows due within a minute of {@code due}: "due server started finished". */
    private static List<String> snapshotRunsAround(Instant due) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT due_at, server, started_at, finished_at"
                        + " FROM platform.job_run WHERE job = ? AND due_at BETWEEN ? AND ? ORDER BY due_at")) {
            s.setString(1, SNAPSHOT_JOB);
            s.setObject(2, due.minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
            s.setObject(3, due.plus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp finished = r.getTimestamp(4);
                    rows.add(r.getTimestamp(1).toInstant() + " " + r.getString(2) + " "
                            + r.getTimestamp(3).toInstant() + " "
                            + (finished == null ? "unfinished" : finished.toInstant()));
                }
            }
            return rows;
        }
    }

    @Test
    @Order(2)
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aSignedInPersonCarriesOnOnTheOtherServerWhenTheirServerDies() throws Exception {
        assumeTrue(Browser.available(), "BROWSER TESTS SKIPPED: chromium not installed");
        String siren = siren();
        String name = "Clinique du Basculement " + siren;
        try (Browser browser = Browser.startAt(a.baseUrl())) {
            // On A: signed in, the English interface chosen (a session bean), on the home page. Only pages whose
            // view beans serialize keep their state across servers (SessionStateSerializableTest, docs/cluster.md).
            browser.loginAsDemo("admin");
            browser.clickAndWaitForPage(By.id("topbarForm:langEn"));
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(session != null, "a session cookie");
            System.out.printf(
                    "[cluster] cookies after sign-in on A: %s%n",
                    browser.driver().manage().getCookies().stream()
                            .map(Cookie::getName)
                            .toList());

            a.kill();
            assertEquals(-1, a.readyStatus(), "server A is gone");

            // B reads the session A wrote: the person is signed in there, and still reads English.
            HttpResponse<String> home = HTTP.send(
                    HttpRequest.newBuilder(URI.create(b.baseUrl() + "/index.xhtml"))
                            .header("Cookie", cookieHeader(browser))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode(), "B serves the signed-in home page");
            assertTrue(home.body().contains("lang=\"en\""), "the session's language on B");
            assertTrue(home.body().contains("topbarForm:logoutButton"), "signed in on B");

            // What a load balancer does when A stops answering: the next page comes from B, same cookies.
            browser.openOn(b.baseUrl(), "/index.xhtml");
            assertEquals("/index.xhtml", browser.path(), "no sign-in page on B");
            assertTrue(browser.isPresent(Browser.LOGOUT), "still signed in on B: " + browser.pageText());
            assertEquals("en", browser.waitFor(By.tagName("html")).getAttribute("lang"), "the session's language");
            browser.clickAndWaitForPage(By.id("topbarForm:langFr"));
            assertEquals("fr", browser.waitFor(By.tagName("html")).getAttribute("lang"), "a post on B");

            // On B now: an organisation saved, found in the shared database.
            browser.openOn(b.baseUrl(), "/organisations/directory.xhtml");
            browser.clickAndWaitForPage(By.id("searchForm:newButton"));
            browser.type(By.id("orgForm:siren"), siren);
            browser.type(By.id("orgForm:name"), name);
            browser.type(By.id("orgForm:naf"), "86.10Z");
            browser.clickAndWaitForPage(By.id("orgForm:saveButton"));
            assertTrue(browser.pageText().contains("Organisation enregistrée."), browser.pageText());
            assertTrue(browser.url().contains(":" + b.httpPort() + "/"), "saved on B: " + browser.url());
            assertEquals(1, organisationsNamed(name), "the organisation saved on B is in the shared database");

            bCookies = cookieHeader(browser);
        }
    }

    /**
     * The price of the database copy: the same signed-in page timed on B (session written at the end of each
     * request) and on a third server C without the cluster include (session in memory only), on A's ports.
     */
    @Test
    @Order(3)
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    void whatTheDatabaseCopyCostsPerRequest() throws Exception {
        assumeTrue(Browser.available(), "BROWSER TESTS SKIPPED: chromium not installed");
        assumeTrue(bCookies != null && !a.isAlive(), "after the failover test, on A's free ports");
        Path wlp = Path.of("target/liberty/wlp").toAbsolutePath();
        Path source = wlp.resolve("usr/servers").resolve(System.getProperty("vigie.it.cluster.source", "vigie-test"));
        try (ServerCopy c = ServerCopy.prepare(
                wlp,
                source,
                name("c"),
                port("a.http", 9381),
                port("a.https", 9743),
                null,
                Map.of("vigie.mail.enabled", "false"),
                null)) {
            c.start(Map.of(), START_TIMEOUT);
            try (Browser browser = Browser.startAt(c.baseUrl())) {
                browser.loginAsDemo("admin");
                long memory = measureRequests(c, cookieHeader(browser));
                long database = measureRequests(b, bCookies);
                System.out.printf(
                        "[cluster] per signed-in page request: %d us with the session in memory (C), %d us with"
                                + " the session written to the database (B): %+d us%n",
                        memory, database, database - memory);
                System.out.printf("[cluster] session rows: %s%n", sessionRows());
            }
        }
    }

    /** Times signed-in page requests (average microseconds) and counts the session table's writes meanwhile. */
    /** The browser's cookies for localhost, as a Cookie header: the session id and the sign-on token. */
    private static String cookieHeader(Browser browser) {
        return browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static long measureRequests(ServerCopy server, String cookies) throws Exception {
        HttpRequest page = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/index.xhtml"))
                .header("Cookie", cookies)
                .build();
        for (int i = 0; i < 30; i++) {
            HTTP.send(page, HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(1500); // the statistics reach pg_stat_user_tables within a second
        long writesBefore = sessionRowWrites();
        int n = 300;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            HttpResponse<Void> r = HTTP.send(page, HttpResponse.BodyHandlers.discarding());
            assertEquals(200, r.statusCode(), "a signed-in page");
        }
        long micros = Duration.ofNanos(System.nanoTime() - t).toNanos() / 1000 / n;
        Thread.sleep(1500);
        long writes = sessionRowWrites() - writesBefore;
        System.out.printf(
                "[cluster] %d signed-in page requests on %s: %d us each on average, %d session row writes%n",
                n, server.name(), micros, writes);
        return micros;
    }

    private static long sessionRowWrites() throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT coalesce(sum(n_tup_upd + n_tup_ins), 0) FROM pg_stat_user_tables"
                                + " WHERE relname = 'vigie_http_session'");
                ResultSet r = s.executeQuery()) {
            // The statistics collector reports with a short delay.
            r.next();
            return r.getLong(1);
        }
    }

    private static String sessionRows() throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*), max(coalesce(octet_length(small), 0)"
                        + " + coalesce(octet_length(medium), 0) + coalesce(octet_length(large), 0))"
                        + " FROM vigie_http_session");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) + " (largest " + r.getLong(2) + " bytes)";
        }
    }

    private static int organisationsNamed(String name) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM platform.organisation WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static String tail(Path log, long from) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(from);
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String siren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                String candidate = body + check;
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    int d = candidate.charAt(8 - i) - '0';
                    sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
                }
                if (sum % 10 == 0) {
                    return candidate;
                }
            }
        }
    }
}
