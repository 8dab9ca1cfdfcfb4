package fr.vigie.it;

import static fr.vigie.it.ClockTrackingIT.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code GET /api/clocks/calculate}: the last day with each rule, and bad input named by parameter. */
class ClockCalculatorClockIT extends RunningVigie {

    @Test
    void lastDayWithEachRuleApplied() {
        // 9 April 2026 + 1 month = Saturday 9 May 2026 -> Monday 11 May 2026 (Art. 3(4))
        Api.Reply reply = Api.as("handler").get("clocks/calculate?policy=SANCTION_REPORT_REPLY&start=2026-04-09");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject result = reply.json();
        assertEquals("2026-05-11", result.getString("lastDay"));
        JsonArray steps = result.getJsonArray("steps");
        JsonObject last = steps.getJsonObject(steps.size() - 1);
        assertEquals("ART_3_4", last.getString("rule"));
        assertEquals("2026-05-09", last.getString("before"));
        assertTrue(last.getString("explanation").contains("Saturday 9 May 2026"), last.toString());
        assertTrue(last.getString("legalReference").contains("Art. 3(4)"), last.toString());
    }

    @Test
    void amountAndUnitInsteadOfAPolicyWithSuspensions() {
        Api.Reply reply = Api.as("manager")
                .get("clocks/calculate?amount=10&unit=days&start=2026-03-02" + "&suspension=2026-03-03/2026-03-05");
        assertEquals(200, reply.status(), reply.toString());
        // 12 March + 2 suspended days = Saturday 14 March -> Monday 16 March
        assertEquals("2026-03-16", reply.json().getString("lastDay"));
        assertEquals(2, reply.json().getInt("suspendedDays"));
    }

    @Test
    void badInputNamesTheParameter() {
        Api api = Api.as("handler");
        assertField("start", api.get("clocks/calculate?policy=SANCTION_REPORT_REPLY&start=2026-13-01"));
        assertField("amount", api.get("clocks/calculate?amount=-3&unit=days&start=2026-03-02"));
        assertField("unit", api.get("clocks/calculate?amount=3&unit=fortnights&start=2026-03-02"));
        assertField("policy", api.get("clocks/calculate?policy=NO_SUCH_POLICY&start=2026-03-02"));
        assertField("suspendedDays", api.get("clocks/calculate?amount=3&unit=days&start=2026-03-02&suspendedDays=-1"));
        assertField(
                "suspension",
                api.get("clocks/calculate?amount=3&unit=months&start=2026-03-02"
                        + "&suspension=2026-03-03/2026-03-10&suspension=2026-03-08/2026-03-12"));
        assertField(
                "suspendedDays",
                api.get("clocks/calculate?policy=CONSEIL_ETAT_APPEAL&start=2026-03-02&suspendedDays=3"));
    }

    @Test
    void policyCatalogueListsEveryPolicyWithItsVersion() {
        JsonArray policies =
                Api.as("auditor").get("clocks/policies").jsonStructure().asJsonArray();
        assertTrue(policies.size() >= 25, "the default catalogue is loaded: " + policies.size());
        JsonObject ehds = policies.stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals("EHDS_ART_68_4_PERMIT_DECISION"))
                .findFirst()
                .orElseThrow();
        assertEquals("Regulation (EU) 2025/327 Art. 68(4)", ehds.getString("legalSource"));
        assertEquals(1, ehds.getInt("maxExtensions"));
    }
}
