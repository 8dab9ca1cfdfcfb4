package fr.vigie.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clocks tracked on cases, end to end: persistence of the clock and its history, the audit
 * trail, optimistic locking, permissions, and the status job. Every test works on a case
 * reference of its own, so the tests run in any order and on a kept database.
 */
class ClockTrackingIT extends RunningVigie {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    static String uniqueCase(String module) {
        return module + ":IT-" + Long.toString(System.nanoTime(), 36);
    }

    static JsonObject start(String caseRef, String policy, LocalDate startEvent, String owner) {
        Api.Reply reply = Api.as("admin").postJson("clocks", "{\"caseRef\":\"" + caseRef + "\",\"policy\":\"" + policy
                + "\",\"startEvent\":\"" + startEvent + "\",\"owner\":\"" + owner + "\"}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    static Api.Reply act(String who, JsonObject clock, String act, String body) {
        return Api.as(who).postJson("clocks/" + clock.getJsonNumber("id").longValue() + "/" + act, body);
    }

    @Test
    void startedClockIsStoredWithItsHistoryAndAudited() throws SQLException {
        String caseRef = uniqueCase("complaints");
        JsonObject clock = start(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT", LocalDate.of(2026, 1, 31), "handler");

        assertEquals("GDPR Art. 78(2)", clock.getString("legalSource"));
        // 31 January 2026 + 3 months = 30 April 2026 (a Thursday, a working day)
        assertEquals("2026-04-30", clock.getString("dueDate"));
        assertEquals(1, clock.getJsonArray("events").size());
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement q = db.prepareStatement("SELECT c.module, c.policy_version, c.status, c.owner, e.type, e.due_date_after"
                     + " FROM platform.clock c JOIN platform.clock_event e ON e.clock_id = c.id WHERE c.case_ref = ?")) {
            q.setString(1, caseRef);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertEquals("complaints", row.getString(1));
                assertEquals(1, row.getInt(2));
                assertEquals("handler", row.getString(4));
                assertEquals("STARTED", row.getString(5));
                assertEquals(LocalDate.of(2026, 4, 30), row.getDate(6).toLocalDate());
            }
        }
        JsonObject audit = Api.as("auditor").get("audit?caseRef=" + caseRef).json();
        JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("CLOCK_STARTED", entry.getString("action"));
        assertEquals("admin", entry.getString("actor"));
        assertTrue(entry.getString("changesJson").contains("2026-04-30"), entry.toString());

        JsonArray listed = Api.as("manager").get("clocks?caseRef=" + caseRef).jsonStructure().asJsonArray();
        assertEquals(1, listed.size(), "all staff read a case's clocks");
    }

    @Test
    void suspendResumeExtendMoveTheDueDateAndAreAudited() {
        String caseRef = uniqueCase("dossiers");
        LocalDate startEvent = TODAY.minusDays(20);
        JsonObject clock = start(caseRef, "NATIONAL_AUTHORISATION_DECISION", startEvent, "instructor");
        LocalDate due = LocalDate.parse(clock.getString("dueDate"));

        Api.Reply suspended = act("instructor", clock, "suspend", "{\"version\":" + clock.getInt("version")
                + ",\"date\":\"" + TODAY.minusDays(10) + "\",\"reason\":\"missing documents requested\"}");
        assertEquals(200, suspended.status(), suspended.toString());
        JsonObject afterSuspension = suspended.json();
        assertEquals("SUSPENDED", afterSuspension.getString("state"));
        assertTrue(afterSuspension.getBoolean("suspended"));

        Api.Reply resumed = act("instructor", afterSuspension, "resume", "{\"version\":" + afterSuspension.getInt("version")
                + ",\"date\":\"" + TODAY.minusDays(2) + "\",\"reason\":\"documents received\"}");
        assertEquals(200, resumed.status(), resumed.toString());
        LocalDate dueAfterSuspension = LocalDate.parse(resumed.json().getString("dueDate"));
        // the same as the calculator with 8 suspended days (added before the Art. 3(4) roll-forward)
        String expected = Api.as("instructor").get("clocks/calculate?policy=NATIONAL_AUTHORISATION_DECISION&start="
                + startEvent + "&suspendedDays=8").json().getString("lastDay");
        assertEquals(expected, dueAfterSuspension.toString());
        assertTrue(dueAfterSuspension.isAfter(due), "8 suspended days move the end: " + dueAfterSuspension);

        JsonObject current = resumed.json();
        Api.Reply extended = act("instructor", current, "extend", "{\"version\":" + current.getInt("version")
                + ",\"amount\":2,\"unit\":\"months\",\"reason\":\"complex project, reasoned decision\"}");
        assertEquals(200, extended.status(), extended.toString());
        assertTrue(LocalDate.parse(extended.json().getString("dueDate")).isAfter(dueAfterSuspension.plusMonths(1)));
        assertEquals(0, extended.json().getInt("extensionsLeft"));

        JsonObject latest = extended.json();
        Api.Reply secondExtension = act("instructor", latest, "extend", "{\"version\":" + latest.getInt("version")
                + ",\"amount\":1,\"unit\":\"months\",\"reason\":\"again\"}");
        assertEquals(422, secondExtension.status(), secondExtension.toString());
        assertEquals("amount", secondExtension.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String actions = Api.as("auditor").get("audit?caseRef=" + caseRef).text();
        for (String action : new String[] {"CLOCK_STARTED", "CLOCK_SUSPENDED", "CLOCK_RESUMED", "CLOCK_EXTENDED"}) {
            assertTrue(actions.contains(action), action + " audited: " + actions);
        }
        assertTrue(actions.contains("missing documents requested"), "the reason is in the audit trail");
        assertEquals(4, latest.getJsonArray("events").size(), "started, suspended, resumed, extended");
    }

    static Api.Reply startFor(String caseRef, String policy, LocalDate startEvent, String owner, int amount,
            String unit) {
        return Api.as("admin").postJson("clocks", "{\"caseRef\":\"" + caseRef + "\",\"policy\":\"" + policy
                + "\",\"startEvent\":\"" + startEvent + "\",\"owner\":\"" + owner + "\",\"amount\":" + amount
                + ",\"unit\":\"" + unit + "\"}");
    }

    @Test
    void aPeriodChosenForTheCaseIsCheckedKeptAndShown() throws SQLException {
        String caseRef = uniqueCase("sanctions");
        // 15 January 2026 + 2 months = Sunday 15 March 2026, rolled forward to Monday 16 March (not 3 months)
        Api.Reply started = startFor(caseRef, "FORMAL_NOTICE_COMPLIANCE", LocalDate.of(2026, 1, 15), "rapporteur", 2,
                "months");
        assertEquals(201, started.status(), started.toString());
        JsonObject clock = started.json();
        assertEquals("2026-03-16", clock.getString("dueDate"));
        assertEquals("2 months", clock.getString("period"));
        assertTrue(clock.getBoolean("periodChosen"));
        JsonObject start = clock.getJsonArray("events").getJsonObject(0);
        assertEquals("STARTED", start.getString("type"));
        assertEquals(2, start.getInt("amount"));
        assertEquals("months", start.getString("unit"));
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement q = db.prepareStatement("SELECT period_amount, period_unit FROM platform.clock WHERE case_ref = ?")) {
            q.setString(1, caseRef);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertEquals(2, row.getInt(1));
                assertEquals("months", row.getString(2));
            }
        }
        assertTrue(Api.as("auditor").get("audit?caseRef=" + caseRef).text().contains("2 months"));

        Api.Reply tooShort = startFor(uniqueCase("sanctions"), "FORMAL_NOTICE_COMPLIANCE", TODAY, "rapporteur", 5, "days");
        assertField("amount", tooShort);
        assertEquals("A period of 5 days is too short for this case: Décret 2019-536 art. 38 sets a minimum of"
                + " 10 days.", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("message"),
                tooShort.toString());
        assertField("amount", startFor(uniqueCase("dossiers"), "EHDS_ART_68_12_PERMIT_DURATION", TODAY, "instructor",
                11, "years"));
        assertField("amount", startFor(uniqueCase("complaints"), "GDPR_ART_78_2_INFORM_COMPLAINANT", TODAY, "handler",
                4, "months"));
        assertField("unit", startFor(uniqueCase("sanctions"), "FORMAL_NOTICE_COMPLIANCE", TODAY, "rapporteur", 2,
                "fortnights"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonObject clock = start(uniqueCase("dossiers"), "NATIONAL_COMMITTEE_OPINION", TODAY.minusDays(3), "instructor");
        String body = "{\"version\":" + clock.getInt("version") + ",\"date\":\"" + TODAY + "\",\"reason\":\"first\"}";
        assertEquals(200, act("instructor", clock, "suspend", body).status());
        Api.Reply stale = act("instructor", clock, "suspend", body);
        assertEquals(409, stale.status(), stale.toString());
        JsonObject now = Api.as("instructor").get("clocks/" + clock.getJsonNumber("id")).json();
        assertEquals(2, now.getJsonArray("events").size(), "nothing was written by the stale request");
    }

    @Test
    void badInputIsRefusedOnItsFieldAndChangesNothing() {
        JsonObject clock = start(uniqueCase("dossiers"), "NATIONAL_COMMITTEE_OPINION", TODAY.minusDays(3), "instructor");
        long version = clock.getInt("version");
        assertField("reason", act("instructor", clock, "suspend",
                "{\"version\":" + version + ",\"date\":\"" + TODAY + "\",\"reason\":\" \"}"));
        assertField("date", act("instructor", clock, "suspend",
                "{\"version\":" + version + ",\"date\":\"2026-02-30\",\"reason\":\"x\"}"));
        assertField("date", act("instructor", clock, "suspend",
                "{\"version\":" + version + ",\"date\":\"" + TODAY.plusDays(5) + "\",\"reason\":\"future\"}"));
        assertField("unit", act("instructor", clock, "extend",
                "{\"version\":" + version + ",\"amount\":1,\"unit\":\"fortnights\",\"reason\":\"x\"}"));
        assertField("date", act("instructor", clock, "resume",
                "{\"version\":" + version + ",\"date\":\"" + TODAY + "\",\"reason\":\"not suspended\"}"));
        JsonObject now = Api.as("instructor").get("clocks/" + clock.getJsonNumber("id")).json();
        assertEquals(version, now.getInt("version"));
        assertEquals(1, now.getJsonArray("events").size());
    }

    @Test
    void onlyAdministratorsAndTheModulesRolesMayChangeClocks() {
        JsonObject clock = start(uniqueCase("complaints"), "COMPLAINT_INSTRUCTION_REQUEST_ANSWER", TODAY, "handler");
        String body = "{\"version\":" + clock.getInt("version") + ",\"amount\":15,\"unit\":\"days\",\"reason\":\"asked\"}";
        assertEquals(403, act("manager", clock, "extend", body).status(), "a manager reads, never changes");
        assertEquals(403, act("instructor", clock, "extend", body).status(), "not a complaints role");
        assertEquals(200, act("handler", clock, "extend", body).status(), "the complaint handler may");
    }

    @Test
    void statusJobFlipsStatusesNotifiesTheOwnerAndAudits() throws SQLException {
        String caseRef = uniqueCase("sanctions");
        JsonObject clock = start(caseRef, "SANCTION_REPORT_REPLY", TODAY.minusDays(2), "rapporteur");
        long id = clock.getJsonNumber("id").longValue();
        // As if the clock had been started long ago: its last day was yesterday, the job has not run since.
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement u = db.prepareStatement("UPDATE platform.clock SET due_date = ?, at_risk_from = ?, "
                     + "status = 'RUNNING' WHERE id = ?")) {
            u.setObject(1, TODAY.minusDays(1));
            u.setObject(2, TODAY.minusDays(2));
            u.setLong(3, id);
            assertEquals(1, u.executeUpdate());
        }
        Api.Reply run = Api.as("admin").postJson("clocks/status-job/run", "");
        assertEquals(200, run.status(), run.toString());
        assertTrue(run.json().getBoolean("ran"), run.toString());
        assertTrue(run.json().getInt("statusChanges") >= 1, run.toString());

        JsonObject after = Api.as("admin").get("clocks/" + id).json();
        assertEquals("BREACHED", after.getString("state"));
        JsonArray events = after.getJsonArray("events");
        assertEquals("RECOMPUTED", events.getJsonObject(events.size() - 1).getString("type"));
        assertEquals("system", events.getJsonObject(events.size() - 1).getString("author"),
                "the job's work is the system's, whoever asked for the run");
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement q = db.prepareStatement("SELECT message_key FROM platform.notification "
                     + "WHERE recipient = 'rapporteur' AND case_ref = ?")) {
            q.setString(1, caseRef);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the owner is notified");
                assertEquals("clock.notification.breached", row.getString(1));
            }
        }
        // The person's request is audited under their name; the work under the system's.
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement q = db.prepareStatement("SELECT actor FROM platform.audit_entry "
                     + "WHERE action = 'CLOCK_STATUS_JOB_REQUESTED' ORDER BY id DESC LIMIT 1")) {
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the run-now request is audited");
                assertEquals("admin", row.getString(1));
            }
        }
        // One audit entry per batch names it; the batch lists the clock.
        long batch;
        try (Connection db = ItDatabase.superuser().getConnection();
             PreparedStatement q = db.prepareStatement("SELECT batch_id FROM platform.clock_status_flip WHERE clock_id = ?")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the flip is in the batch log");
                batch = row.getLong(1);
            }
        }
        String batchAudit = Api.as("auditor").get("audit?caseRef=platform:clock-batch-" + batch).text();
        assertTrue(batchAudit.contains("CLOCK_STATUS_CHANGED"), batchAudit);
        assertTrue(batchAudit.contains("RUNNING -> BREACHED"), batchAudit);
        Api.Reply listed = Api.as("auditor").get("clocks/status-batches/" + batch + "?limit=1000");
        assertEquals(200, listed.status(), listed.toString());
        assertEquals("TIME_PASSED", listed.json().getString("cause"));
        assertTrue(listed.json().getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .anyMatch(change -> change.getJsonNumber("clockId").longValue() == id
                        && change.getString("caseRef").equals(caseRef)
                        && change.getString("statusAfter").equals("BREACHED")), listed.toString());
        assertEquals(403, Api.as("handler").get("clocks/status-batches/" + batch).status());

        Api.Reply again = Api.as("admin").postJson("clocks/status-job/run", "");
        assertEquals(200, again.status());
        assertEquals(events.size(), Api.as("admin").get("clocks/" + id).json().getJsonArray("events").size(),
                "a second run changes nothing");
        assertEquals(403, Api.as("handler").postJson("clocks/status-job/run", "").status());
    }

    @Test
    void reassigningACaseHandsItsOpenClocksToTheNewOwner() {
        String caseRef = uniqueCase("complaints");
        JsonObject open = start(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT", TODAY.minusDays(3), "handler");
        JsonObject ended = start(caseRef, "COMPLAINT_ACKNOWLEDGEMENT", TODAY.minusDays(3), "handler");
        Api.Reply stopped = act("handler", ended, "stop", "{\"version\":" + ended.getInt("version") + ",\"date\":\""
                + TODAY + "\",\"reason\":\"acknowledged by phone\"}");
        assertEquals(200, stopped.status(), stopped.toString());

        assertField("owner", Api.as("handler").postJson("clocks/reassign",
                "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"nobody-here\",\"reason\":\"x\"}"));
        assertField("reason", Api.as("handler").postJson("clocks/reassign",
                "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"head\",\"reason\":\" \"}"));
        assertEquals(403, Api.as("instructor").postJson("clocks/reassign",
                "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"head\",\"reason\":\"x\"}").status(),
                "not a complaints role");

        Api.Reply reassigned = Api.as("handler").postJson("clocks/reassign",
                "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"head\",\"reason\":\"handler on leave\"}");
        assertEquals(200, reassigned.status(), reassigned.toString());
        assertEquals(1, reassigned.json().getInt("reassigned"), "only the open clock");

        JsonObject nowOpen = Api.as("manager").get("clocks/" + open.getJsonNumber("id")).json();
        assertEquals("head", nowOpen.getString("owner"));
        assertEquals(open.getString("dueDate"), nowOpen.getString("dueDate"), "the deadline does not move");
        JsonArray events = nowOpen.getJsonArray("events");
        JsonObject last = events.getJsonObject(events.size() - 1);
        assertEquals("REASSIGNED", last.getString("type"));
        assertEquals("handler", last.getString("author"));
        assertTrue(last.getString("reason").contains("handler on leave"), last.toString());
        assertEquals("handler", Api.as("manager").get("clocks/" + ended.getJsonNumber("id")).json().getString("owner"),
                "an ended clock keeps its owner");
        String audit = Api.as("auditor").get("audit?caseRef=" + caseRef).text();
        assertTrue(audit.contains("CLOCK_OWNER_CHANGED") && audit.contains("handler on leave"), audit);

        Api.Reply again = Api.as("handler").postJson("clocks/reassign",
                "{\"caseRef\":\"" + caseRef + "\",\"owner\":\"head\",\"reason\":\"again\"}");
        assertEquals(0, again.json().getInt("reassigned"), "already the owner: nothing recorded");
    }

    @Test
    void aHolidayAddedOrRemovedRecomputesTheOpenClocksItAffects() {
        LocalDate bridge = TODAY.plusDays(1);
        while (bridge.getDayOfWeek().getValue() >= 6 || isNationalHoliday(bridge)) {
            bridge = bridge.plusDays(1);
        }
        // 5 working days from the day before the bridge: the bridge is inside the period.
        JsonObject clock = start(uniqueCase("complaints"), "COMPLAINT_ACKNOWLEDGEMENT", TODAY, "handler");
        long id = clock.getJsonNumber("id").longValue();
        LocalDate due = LocalDate.parse(clock.getString("dueDate"));
        // A clock for a period chosen for its case: the recomputation counts from that period, not the policy's 3 months.
        Api.Reply chosenStart = startFor(uniqueCase("sanctions"), "FORMAL_NOTICE_COMPLIANCE", TODAY, "rapporteur", 15,
                "working_days");
        assertEquals(201, chosenStart.status(), chosenStart.toString());
        long chosenId = chosenStart.json().getJsonNumber("id").longValue();
        LocalDate chosenDue = LocalDate.parse(chosenStart.json().getString("dueDate"));

        Api.Reply added = Api.as("admin").postJson("clocks/calendar/holidays", "{\"date\":\"" + bridge
                + "\",\"name\":\"Pont IT\",\"reason\":\"bridge day granted to all staff\"}");
        assertEquals(200, added.status(), added.toString());
        try {
            assertTrue(added.json().getInt("clocksRecomputed") >= 1, added.toString());
            JsonObject moved = Api.as("admin").get("clocks/" + id).json();
            assertTrue(LocalDate.parse(moved.getString("dueDate")).isAfter(due), moved.toString());
            JsonObject chosenMoved = Api.as("admin").get("clocks/" + chosenId).json();
            assertEquals(String.valueOf(Api.as("admin").get("clocks/calculate?amount=15&unit=working_days&start=" + TODAY)
                    .json().getString("lastDay")), chosenMoved.getString("dueDate"),
                    "15 working days counted with the bridge day off, " + chosenMoved);
            assertTrue(LocalDate.parse(chosenMoved.getString("dueDate")).isAfter(chosenDue));
            assertTrue(Api.as("admin").get("clocks/calendar/" + bridge.getYear()).text().contains("Pont IT"));
            assertTrue(Api.as("auditor").get("audit?caseRef=platform:calendar-" + bridge.getYear()).text()
                    .contains("bridge day granted to all staff"));
        } finally {
            Api.Reply removed = Api.as("admin").postJson("clocks/calendar/holidays/" + bridge + "/remove",
                    "{\"reason\":\"bridge withdrawn\"}");
            assertEquals(200, removed.status(), removed.toString());
        }
        assertEquals(due.toString(), Api.as("admin").get("clocks/" + id).json().getString("dueDate"),
                "back to the first due date");
        assertEquals(chosenDue.toString(), Api.as("admin").get("clocks/" + chosenId).json().getString("dueDate"));
        assertEquals(403, Api.as("handler").postJson("clocks/calendar/holidays",
                "{\"date\":\"" + bridge + "\",\"name\":\"x\",\"reason\":\"x\"}").status());
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
