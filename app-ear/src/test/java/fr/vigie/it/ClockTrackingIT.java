package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.dossiers.Dossiers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Clocks tracked on cases, end to end: clocks start and change only through their case's own
 * acts (here a complaint's intake, a dossier's permit), the generic API is read-only, an
 * administrator's correction is the one generic change, and the status job and the calendar
 * recompute them. Every test works on cases of its own, so the tests run in any order and on a
 * kept database.
 */
class ClockTrackingIT extends RunningVigie {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** A SIREN no earlier run has used (random, with a valid Luhn check digit). */
    static String uniqueSiren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** A complaint received by mail on {@code receivedOn}, recorded now by the handler: its clocks start on that day. */
    static String complaintReceivedOn(LocalDate receivedOn) {
        String siren = uniqueSiren();
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"MAIL\",\"receivedOn\":\""
                                + receivedOn
                                + "\",\"complainantName\":\"Claire Martin\",\"complainantEmail\":\"claire.martin@example.fr\","
                                + "\"organisationName\":\"Boutique " + siren + " SAS\",\"organisationCountry\":\"FR\","
                                + "\"organisationIdentifier\":\"" + siren
                                + "\",\"facts\":\"Prospection sans consentement " + siren
                                + "\",\"categories\":[\"MARKETING\"],\"peopleAffected\":1}");
        assertEquals(201, created.status(), created.toString());
        return "complaints:" + created.json().getString("reference");
    }

    static JsonObject clockOf(String caseRef, String policy) {
        JsonArray clocks = Api.as("manager")
                .get("clocks?caseRef=" + caseRef)
                .jsonStructure()
                .asJsonArray();
        return clocks.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("policyCode").equals(policy))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(policy + " not in " + clocks));
    }

    static Api.Reply correct(String who, JsonObject clock, long version, String startEvent, String reason) {
        return Api.as(who)
                .postJson(
                        "clocks/" + clock.getJsonNumber("id").longValue() + "/correct",
                        "{\"version\":" + version + ",\"startEvent\":\"" + startEvent + "\",\"reason\":\"" + reason
                                + "\"}");
    }

    @Test
    void aClockStartedByItsCaseIsStoredWithItsHistoryAndAudited() throws SQLException {
        String caseRef = complaintReceivedOn(LocalDate.of(2026, 1, 31));
        JsonObject clock = clockOf(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT");

        assertEquals("GDPR Art. 78(2)", clock.getString("legalSource"));
        // 31 January 2026 + 3 months = 30 April 2026 (a Thursday, a working day)
        assertEquals("2026-04-30", clock.getString("dueDate"));
        assertEquals("BREACHED", clock.getString("state"), "a period that really expired");
        assertEquals(1, clock.getJsonArray("events").size());
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT c.module, c.status, e.type, e.due_date_after"
                        + " FROM platform.clock c JOIN platform.clock_event e ON e.clock_id = c.id"
                        + " WHERE c.case_ref = ? AND c.policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'")) {
            q.setString(1, caseRef);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertEquals("complaints", row.getString(1));
                assertEquals("BREACHED", row.getString(2));
                assertEquals("STARTED", row.getString(3));
                assertEquals(LocalDate.of(2026, 4, 30), row.getDate(4).toLocalDate());
                assertFalse(row.next());
            }
        }
        String audit = Api.as("auditor").get("audit?caseRef=" + caseRef).text();
        assertTrue(audit.contains("CLOCK_STARTED") && audit.contains("2026-04-30"), audit);
        assertEquals(
                200,
                Api.as("manager").get("clocks/" + clock.getJsonNumber("id")).status(),
                "all staff read");
    }

    @Test
    void theGenericApiIsReadOnlyForEveryone() {
        String caseRef = complaintReceivedOn(TODAY);
        JsonObject clock = clockOf(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT");
        long id = clock.getJsonNumber("id").longValue();
        String dated = "{\"version\":" + clock.getInt("version") + ",\"date\":\"" + TODAY + "\",\"reason\":\"x\"}";
        for (String who : new String[] {"admin", "handler"}) {
            Api.Reply start = Api.as(who)
                    .postJson(
                            "clocks",
                            "{\"caseRef\":\"" + caseRef
                                    + "\",\"policy\":\"GDPR_ART_78_2_INFORM_COMPLAINANT\",\"startEvent\":\"" + TODAY
                                    + "\",\"owner\":\"handler\"}");
            assertTrue(start.status() == 404 || start.status() == 405, who + " cannot start a clock: " + start);
            for (String act : new String[] {"suspend", "resume", "meet", "stop"}) {
                Api.Reply reply = Api.as(who).postJson("clocks/" + id + "/" + act, dated);
                assertTrue(reply.status() == 404 || reply.status() == 405, who + " cannot " + act + ": " + reply);
            }
            Api.Reply extend = Api.as(who)
                    .postJson(
                            "clocks/" + id + "/extend",
                            "{\"version\":" + clock.getInt("version")
                                    + ",\"amount\":1,\"unit\":\"months\",\"reason\":\"x\"}");
            assertTrue(extend.status() == 404 || extend.status() == 405, who + " cannot extend: " + extend);
            Api.Reply reassign = Api.as(who)
                    .postJson(
                            "clocks/reassign", "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"head\",\"reason\":\"x\"}");
            assertTrue(reassign.status() == 404 || reassign.status() == 405, who + " cannot reassign: " + reassign);
        }
        JsonObject after = Api.as("manager").get("clocks/" + id).json();
        assertEquals(clock.getInt("version"), after.getInt("version"));
        assertEquals(1, after.getJsonArray("events").size(), "nothing was written");
        assertEquals(
                1,
                Api.as("manager").get("clocks?caseRef=" + caseRef).jsonStructure().asJsonArray().stream()
                        .filter(c ->
                                c.asJsonObject().getString("policyCode").equals("GDPR_ART_78_2_INFORM_COMPLAINANT"))
                        .count());
    }

    @Test
    void anAdministratorCorrectsAStartEventWithAReasonAuditedAsACorrection() {
        String caseRef = complaintReceivedOn(TODAY.minusDays(1));
        JsonObject clock = clockOf(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT");
        long version = clock.getInt("version");
        String reason = "Courrier reçu la veille, mal saisi " + caseRef;

        assertEquals(
                403,
                correct("handler", clock, version, TODAY.minusDays(2).toString(), reason)
                        .status(),
                "only an administrator corrects");
        assertEquals(
                403,
                correct("manager", clock, version, TODAY.minusDays(2).toString(), reason)
                        .status());
        Api.Reply corrected =
                correct("admin", clock, version, TODAY.minusDays(2).toString(), reason);
        assertEquals(200, corrected.status(), corrected.toString());

        JsonObject after = corrected.json();
        assertEquals(TODAY.minusDays(2).toString(), after.getString("startEvent"));
        String expected = Api.as("admin")
                .get("clocks/calculate?policy=GDPR_ART_78_2_INFORM_COMPLAINANT&start=" + TODAY.minusDays(2))
                .json()
                .getString("lastDay");
        assertEquals(expected, after.getString("dueDate"));
        JsonArray events = after.getJsonArray("events");
        assertEquals(2, events.size());
        JsonObject last = events.getJsonObject(1);
        assertEquals("CORRECTED", last.getString("type"));
        assertEquals("admin", last.getString("author"));
        assertEquals(reason, last.getString("reason"));
        String audit = Api.as("auditor").get("audit?caseRef=" + caseRef).text();
        assertTrue(audit.contains("CLOCK_CORRECTED") && audit.contains(reason), audit);
    }

    @Test
    void aCorrectionNeverUndoesABreachNeedsAReasonAndAFreshVersion() {
        // received 30 days ago: the 5 working days of the acknowledgement really expired
        String caseRef = complaintReceivedOn(TODAY.minusDays(30));
        JsonObject clock = clockOf(caseRef, "COMPLAINT_ACKNOWLEDGEMENT");
        assertEquals("BREACHED", clock.getString("state"));
        long version = clock.getInt("version");

        Api.Reply undo = correct("admin", clock, version, TODAY.minusDays(1).toString(), "breach erased");
        assertField("startEvent", undo);
        assertTrue(
                undo.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("cannot be undone"),
                undo.toString());
        assertField(
                "reason", correct("admin", clock, version, TODAY.minusDays(31).toString(), " "));
        assertField("startEvent", correct("admin", clock, version, "2026-02-30", "bad date"));
        assertEquals(
                409,
                correct("admin", clock, version - 1, TODAY.minusDays(31).toString(), "stale")
                        .status());

        JsonObject now =
                Api.as("manager").get("clocks/" + clock.getJsonNumber("id")).json();
        assertEquals(version, now.getInt("version"));
        assertEquals(1, now.getJsonArray("events").size(), "nothing was written");
        assertEquals("BREACHED", now.getString("state"));
    }

    @Test
    void aPeriodThatReallyExpiredIsBreachedTheOwnerIsWarnedAndTheStatusJobChangesNothingMore()
            throws SQLException, IOException, InterruptedException {
        String caseRef;
        try (SmtpSink sink = new SmtpSink(SmtpSink.configuredPort())) {
            caseRef = complaintReceivedOn(TODAY.minusDays(30));
            String complaint = caseRef.substring(caseRef.indexOf(':') + 1);
            // the e-mail names the deadline and writes the last day as each language does, with the link
            SmtpSink.Received mail = sink.await(m -> m.data().contains(complaint), Duration.ofSeconds(30));
            assertFalse(mail.data().contains("COMPLAINT_ACKNOWLEDGEMENT"), mail.data());
            assertTrue(mail.data().contains("Acknowledge receipt of the complaint"), mail.data());
            JsonObject breached = clockOf(caseRef, "COMPLAINT_ACKNOWLEDGEMENT");
            LocalDate due = LocalDate.parse(breached.getString("dueDate"));
            assertTrue(
                    mail.data()
                            .contains("Last day: "
                                    + due.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH))),
                    mail.data());
            assertFalse(mail.data().contains(due.toString()), "no ISO date: " + mail.data());
            assertTrue(mail.data().contains("/clocks/case.xhtml?caseRef"), "the link to the case: " + mail.data());
        }
        JsonObject clock = clockOf(caseRef, "COMPLAINT_ACKNOWLEDGEMENT");
        long id = clock.getJsonNumber("id").longValue();
        assertEquals("BREACHED", clock.getString("state"));
        String owner = clock.getString("owner");
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT message_key FROM platform.notification "
                        + "WHERE recipient = ? AND case_ref = ? AND message_key LIKE 'clock.notification.%'")) {
            q.setString(1, owner);
            q.setString(2, caseRef);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the owner is notified");
                assertEquals("clock.notification.breached", row.getString(1));
                assertFalse(row.next(), "once");
            }
        }

        Api.Reply run = Api.as("admin").postJson("clocks/status-job/run", "");
        assertEquals(200, run.status(), run.toString());
        assertTrue(run.json().getBoolean("ran"), run.toString());
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        db.prepareStatement("SELECT count(*) FROM platform.clock_status_flip WHERE clock_id = ?")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "already breached when started: nothing for the job to flip");
            }
        }
        assertEquals(
                1,
                Api.as("admin")
                        .get("clocks/" + id)
                        .json()
                        .getJsonArray("events")
                        .size());
        // The person's request is audited under their name.
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT actor FROM platform.audit_entry "
                        + "WHERE action = 'CLOCK_STATUS_JOB_REQUESTED' ORDER BY id DESC LIMIT 1")) {
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the run-now request is audited");
                assertEquals("admin", row.getString(1));
            }
        }
        assertEquals(
                403, Api.as("handler").postJson("clocks/status-job/run", "").status());
    }

    @Test
    void aPermitClockRunsForThePermitsOwnTermAndTheCalendarRecomputesItFromThatTerm() {
        LocalDate expiry = TODAY.plusYears(2);
        while (expiry.getDayOfWeek().getValue() >= 6 || isNationalHoliday(expiry)) {
            expiry = expiry.plusDays(1);
        }
        String ref = Dossiers.create("EHDS_ACCESS_APPLICATION", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        Dossiers.act(ref, "fee", "\"amount\":100,\"currency\":\"EUR\"");
        Dossiers.act(ref, "fee/accept", null);
        Dossiers.act(ref, "grant", "\"expiresOn\":\"" + expiry + "\"");
        String caseRef = "dossiers:" + ref;
        JsonObject permit = clockOf(caseRef, "EHDS_ART_68_12_PERMIT_DURATION");
        long days = ChronoUnit.DAYS.between(TODAY, expiry);
        assertEquals(expiry.toString(), permit.getString("dueDate"), "the permit's own term, not 10 years");
        assertTrue(permit.getBoolean("periodChosen"));
        assertEquals(days + " days", permit.getString("period"));
        JsonObject started = permit.getJsonArray("events").getJsonObject(0);
        assertEquals(days, started.getInt("amount"));
        assertEquals("days", started.getString("unit"));
        long id = permit.getJsonNumber("id").longValue();

        // A holiday on the expiry day: the batch recomputation rolls the term to the next working day.
        Api.Reply added = Api.as("admin")
                .postJson(
                        "clocks/calendar/holidays",
                        "{\"date\":\"" + expiry
                                + "\",\"name\":\"Jour férié IT\",\"reason\":\"holiday granted for the test " + ref
                                + "\"}");
        assertEquals(200, added.status(), added.toString());
        try {
            JsonObject moved = Api.as("admin").get("clocks/" + id).json();
            assertEquals(
                    Api.as("admin")
                            .get("clocks/calculate?amount=" + days + "&unit=days&start=" + TODAY)
                            .json()
                            .getString("lastDay"),
                    moved.getString("dueDate"));
            assertNotEquals(expiry.toString(), moved.getString("dueDate"));
            assertTrue(LocalDate.parse(moved.getString("dueDate")).isBefore(expiry.plusDays(5)), moved.toString());
        } finally {
            Api.Reply removed = Api.as("admin")
                    .postJson("clocks/calendar/holidays/" + expiry + "/remove", "{\"reason\":\"holiday withdrawn\"}");
            assertEquals(200, removed.status(), removed.toString());
        }
        assertEquals(
                expiry.toString(), Api.as("admin").get("clocks/" + id).json().getString("dueDate"));
    }

    @Test
    void aHolidayAddedOrRemovedRecomputesTheOpenClocksItAffects() {
        LocalDate bridge = TODAY.plusDays(1);
        while (bridge.getDayOfWeek().getValue() >= 6 || isNationalHoliday(bridge)) {
            bridge = bridge.plusDays(1);
        }
        // 5 working days from today: the bridge is inside the period.
        String caseRef = complaintReceivedOn(TODAY);
        JsonObject clock = clockOf(caseRef, "COMPLAINT_ACKNOWLEDGEMENT");
        long id = clock.getJsonNumber("id").longValue();
        LocalDate due = LocalDate.parse(clock.getString("dueDate"));

        Api.Reply added = Api.as("admin")
                .postJson(
                        "clocks/calendar/holidays",
                        "{\"date\":\"" + bridge
                                + "\",\"name\":\"Pont IT\",\"reason\":\"bridge day granted to all staff\"}");
        assertEquals(200, added.status(), added.toString());
        try {
            // Exact on a shared database: the count the administrator is told is the number of clocks
            // the calendar's batch changed, and this complaint's clock is one of them.
            assertEquals(
                    flipsOfCalendarBatch("bridge day granted to all staff", -1),
                    added.json().getInt("clocksRecomputed"),
                    added.toString());
            assertEquals(1, flipsOfCalendarBatch("bridge day granted to all staff", id), "this case's clock");
            JsonObject moved = Api.as("admin").get("clocks/" + id).json();
            assertEquals(
                    Api.as("admin")
                            .get("clocks/calculate?policy=COMPLAINT_ACKNOWLEDGEMENT&start=" + TODAY)
                            .json()
                            .getString("lastDay"),
                    moved.getString("dueDate"));
            assertTrue(LocalDate.parse(moved.getString("dueDate")).isAfter(due), moved.toString());
            assertTrue(Api.as("admin")
                    .get("clocks/calendar/" + bridge.getYear())
                    .text()
                    .contains("Pont IT"));
            assertTrue(Api.as("auditor")
                    .get("audit?caseRef=platform:calendar-" + bridge.getYear())
                    .text()
                    .contains("bridge day granted to all staff"));
        } finally {
            Api.Reply removed = Api.as("admin")
                    .postJson("clocks/calendar/holidays/" + bridge + "/remove", "{\"reason\":\"bridge withdrawn\"}");
            assertEquals(200, removed.status(), removed.toString());
        }
        assertEquals(
                due.toString(),
                Api.as("admin").get("clocks/" + id).json().getString("dueDate"),
                "back to the first due date");
        assertEquals(
                403,
                Api.as("handler")
                        .postJson(
                                "clocks/calendar/holidays",
                                "{\"date\":\"" + bridge + "\",\"name\":\"x\",\"reason\":\"x\"}")
                        .status());
    }

    /**
     * The clocks changed by the newest calendar batch whose reason ends with {@code reason}; only
     * clock {@code clockId} when it is not negative.
     */
    private static int flipsOfCalendarBatch(String reason, long clockId) {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT count(*) FROM platform.clock_status_flip f"
                        + " WHERE f.batch_id = (SELECT max(b.id) FROM platform.clock_status_batch b"
                        + " WHERE b.cause = 'CALENDAR' AND b.reason LIKE ?) AND (? < 0 OR f.clock_id = ?)")) {
            q.setString(1, "%: " + reason);
            q.setLong(2, clockId);
            q.setLong(3, clockId);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isNationalHoliday(LocalDate day) {
        return Api.as("admin").get("clocks/calendar/" + day.getYear()).text().contains("\"date\":\"" + day + "\"");
    }

    static void assertField(String field, Api.Reply reply) {
        assertTrue(reply.status() == 422 || reply.status() == 400, reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        JsonArray errors = reply.json().getJsonArray("errors");
        assertFalse(errors == null || errors.isEmpty(), reply.toString());
        assertEquals(field, errors.getJsonObject(0).getString("field"), reply.toString());
    }
}
