package fr.vigie.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Fault tests (issue 17, ADR 6) on a Vigie of their own ({@link OwnVigie}): Liberty killed with
 * SIGKILL while clients write, PostgreSQL stopped and restarted while Vigie serves, and a read-only
 * database. Each prints its figures; each is bounded in time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class FaultToleranceIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("handler:Vigie-Demo-2026!".getBytes(StandardCharsets.UTF_8));
    private static final String AUDITOR =
            "Basic " + Base64.getEncoder().encodeToString("auditor:Vigie-Demo-2026!".getBytes(StandardCharsets.UTF_8));
    private static OwnVigie vigie;

    @BeforeAll
    static void start() throws Exception {
        vigie = OwnVigie.start();
    }

    @AfterAll
    static void stop() {
        if (vigie != null) {
            vigie.close();
        }
    }

    @Test
    @Order(1)
    void killingLibertyLosesNoAcknowledgedWrite() throws Exception {
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(
                    () -> {
                        while (writing.get()) {
                            Reply r = createComplaint();
                            if (r.status() == 201) {
                                acknowledged.put(r.json().getString("reference"), true);
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                    },
                    "writer-" + i);
            t.start();
            writers.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < 12) {
            if (System.nanoTime() > deadline) {
                writing.set(false);
                throw new AssertionError(
                        "the writers got no acknowledgement (" + failed.get() + " refused): " + createComplaint());
            }
            Thread.sleep(100);
        }
        vigie.killLiberty();
        int atKill = acknowledged.size();
        Thread.sleep(1_000);
        writing.set(false);
        for (Thread t : writers) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }
        vigie.startLiberty();

        int found = 0;
        List<String> incomplete = new ArrayList<>();
        try (Connection c = vigie.database().superuserDataSource().getConnection()) {
            for (String reference : acknowledged.keySet()) {
                if (get("/api/complaints/" + reference, AUTH).status() == 200) {
                    found++;
                }
                if (count(c, "SELECT count(*) FROM platform.audit_entry WHERE case_ref = ?", "complaints:" + reference)
                                == 0
                        || count(c, "SELECT count(*) FROM platform.clock WHERE case_ref = ?", "complaints:" + reference)
                                == 0) {
                    incomplete.add(reference);
                }
            }
            // Nothing half-written among ALL complaints, acknowledged or cut off by the kill.
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT count(*) FROM complaints.complaint k "
                                    + "WHERE NOT EXISTS (SELECT 1 FROM platform.audit_entry a WHERE a.case_ref = 'complaints:' || k.reference)")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "complaints without their audit entry");
            }
        }
        JsonObject chain = get("/api/audit/verify", AUDITOR).json();
        System.out.printf(
                "[FaultToleranceIT] kill -9 of Liberty: %d writes acknowledged (%d before the kill), %d found after restart, "
                        + "%d refused or cut off, audit chain intact=%s%n",
                acknowledged.size(), atKill, found, failed.get(), chain.getBoolean("intact"));
        assertEquals(acknowledged.size(), found, "acknowledged writes lost");
        assertTrue(incomplete.isEmpty(), "without audit entry or clock: " + incomplete);
        assertTrue(chain.getBoolean("intact"), chain.toString());
    }

    @Test
    @Order(2)
    void databaseOutageGivesClear503sAndVigieRecoversWithoutRestart() throws Exception {
        List<Integer> duringOutage = new CopyOnWriteArrayList<>();
        List<String> unclear = new CopyOnWriteArrayList<>();
        vigie.stopDatabase();
        long stopped = System.nanoTime();
        boolean sawDown = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !sawDown) {
            sawDown = vigie.readyStatus() == 503;
        }
        for (int i = 0; i < 10; i++) {
            Reply r = i % 2 == 0 ? get("/api/complaints?page=0", AUTH) : createComplaint();
            duringOutage.add(r.status());
            if (r.status() != 503
                    || !r.contentType().startsWith("application/problem+json")
                    || r.body().contains("Exception")) {
                unclear.add(r.status() + " " + r.contentType() + " "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        vigie.startDatabase();
        long restarted = System.nanoTime();
        vigie.awaitReady(Duration.ofMinutes(2));
        long up = System.nanoTime();
        int afterwards = 0;
        for (int i = 0; i < 5; i++) {
            if (createComplaint().status() == 201) {
                afterwards++;
            }
        }
        System.out.printf(
                "[FaultToleranceIT] PostgreSQL outage: %.1f s down, ready DOWN seen=%s, %d requests refused during it "
                        + "(statuses %s), ready UP %.1f s after the restart, %d/5 writes accepted afterwards without restarting Liberty%n",
                (restarted - stopped) / 1e9,
                sawDown,
                duringOutage.size(),
                duringOutage,
                (up - restarted) / 1e9,
                afterwards);
        assertTrue(sawDown, "/health/ready never went DOWN");
        assertTrue(unclear.isEmpty(), "unclear answers during the outage: " + unclear);
        assertEquals(5, afterwards, "the pool did not recover");
    }

    @Test
    @Order(3)
    void readOnlyDatabaseRefusesWritesClearlyAndLosesNothing() throws Exception {
        String before = createComplaint().json().getString("reference");
        long complaints;
        try (Connection c = vigie.database().superuserDataSource().getConnection();
                Statement s = c.createStatement()) {
            complaints = count(c, "SELECT count(*) FROM complaints.complaint WHERE reference <> ?", "");
            s.execute("ALTER DATABASE vigie SET default_transaction_read_only = on");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'vigie_app'");
        }
        Reply write = createComplaint();
        // A pooled connection killed above fails once ("database unavailable") before the pool is purged;
        // the answers after that one are the read-only database's own.
        for (int attempt = 0; attempt < 3 && !write.body().contains("read-only"); attempt++) {
            write = createComplaint();
        }
        Reply read = get("/api/complaints/" + before, AUTH);
        try (Connection c = vigie.database().superuserDataSource().getConnection();
                Statement s = c.createStatement()) {
            assertEquals(complaints, count(c, "SELECT count(*) FROM complaints.complaint WHERE reference <> ?", ""));
            s.execute("SET default_transaction_read_only = off"); // this session too started read-only
            s.execute("ALTER DATABASE vigie RESET default_transaction_read_only");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'vigie_app'");
        }
        Reply again = createComplaint();
        for (int attempt = 0; attempt < 3 && again.status() != 201; attempt++) {
            again = createComplaint();
        }
        System.out.printf(
                "[FaultToleranceIT] read-only database: write -> %d %s, read -> %d, after: write -> %d%n",
                write.status(), write.contentType(), read.status(), again.status());
        assertEquals(503, write.status(), write.body());
        assertTrue(write.contentType().startsWith("application/problem+json"), write.contentType());
        assertTrue(write.body().contains("read-only"), write.body());
        // Each API request's authentication records the login (audit trail), which a read-only database
        // refuses too: a read is then a clear 503 problem as well, never a 500.
        assertTrue(
                read.status() == 200
                        || read.status() == 503 && read.contentType().startsWith("application/problem+json"),
                read.status() + " " + read.body());
        assertEquals(201, again.status(), again.body());
    }

    // ---------------------------------------------------------------------------------------------

    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static Reply createComplaint() {
        String siren = siren();
        return send(HttpRequest.newBuilder(URI.create(vigie.baseUrl() + "/api/complaints"))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"Boutique "
                                + siren + " SAS\","
                                + "\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren
                                + "\",\"facts\":\"Fault test: personal data sent to a third party without consent\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}")));
    }

    private static Reply get(String path, String auth) {
        return send(HttpRequest.newBuilder(URI.create(vigie.baseUrl() + path))
                .header("Authorization", auth)
                .GET());
    }

    /** Status -1 when the connection failed (Liberty killed or not yet listening). */
    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Reply(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, "", e.toString());
        }
    }

    private static long count(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String siren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            String digits = body + check;
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(digits.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return digits;
            }
        }
        throw new IllegalStateException();
    }
}
