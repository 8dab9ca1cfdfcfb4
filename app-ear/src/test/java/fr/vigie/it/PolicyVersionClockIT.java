package fr.vigie.it;

import static fr.vigie.it.ClockTrackingIT.TODAY;
import static fr.vigie.it.ClockTrackingIT.assertField;
import static fr.vigie.it.ClockTrackingIT.clockOf;
import static fr.vigie.it.ClockTrackingIT.complaintReceivedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Changing a configurable policy's period writes a new version; a running clock keeps the version
 * it started under. A period fixed by law cannot be changed.
 */
class PolicyVersionClockIT extends RunningVigie {
    private static final String POLICY = "COMPLAINT_ACKNOWLEDGEMENT";

    @Test
    void runningClocksKeepTheirVersion() {
        JsonObject before = find(POLICY);
        assertTrue(before.getBoolean("configurable"), "a service standard: practice, not law");
        int version = before.getInt("version");
        int days = before.getInt("periodAmount");
        String unit = before.getString("periodUnit");
        JsonObject old = clockOf(complaintReceivedOn(TODAY), POLICY);
        assertEquals(version, old.getInt("policyVersion"));

        int newDays = days + 1;
        Api.Reply revised = Api.as("admin")
                .postJson(
                        "clocks/policies/" + POLICY + "/period",
                        "{\"version\":" + version + ",\"amount\":" + newDays + ",\"unit\":\"" + unit
                                + "\",\"reason\":\"new practice\"}");
        assertEquals(200, revised.status(), revised.toString());
        try {
            assertEquals(version + 1, revised.json().getInt("version"));

            Api.Reply stale = Api.as("admin")
                    .postJson(
                            "clocks/policies/" + POLICY + "/period",
                            "{\"version\":" + version + ",\"amount\":30,\"unit\":\"days\",\"reason\":\"stale\"}");
            assertEquals(409, stale.status(), stale.toString());
            assertField(
                    "amount",
                    Api.as("admin")
                            .postJson(
                                    "clocks/policies/" + POLICY + "/period",
                                    "{\"version\":" + (version + 1)
                                            + ",\"amount\":0,\"unit\":\"days\",\"reason\":\"zero\"}"));
            assertEquals(
                    403,
                    Api.as("handler")
                            .postJson(
                                    "clocks/policies/" + POLICY + "/period",
                                    "{\"version\":" + (version + 1)
                                            + ",\"amount\":10,\"unit\":\"days\",\"reason\":\"x\"}")
                            .status());

            JsonObject again =
                    Api.as("admin").get("clocks/" + old.getJsonNumber("id")).json();
            assertEquals(version, again.getInt("policyVersion"), "the running clock keeps its version");
            assertEquals(old.getString("dueDate"), again.getString("dueDate"));
            JsonObject fresh = clockOf(complaintReceivedOn(TODAY), POLICY);
            assertEquals(version + 1, fresh.getInt("policyVersion"), "a new clock takes the new version");
        } finally {
            // back to the release's period, so that the other tests compute the usual deadline
            Api.Reply restored = Api.as("admin")
                    .postJson(
                            "clocks/policies/" + POLICY + "/period",
                            "{\"version\":" + (version + 1) + ",\"amount\":" + days + ",\"unit\":\"" + unit
                                    + "\",\"reason\":\"back to the release's period\"}");
            assertEquals(200, restored.status(), restored.toString());
        }
    }

    @Test
    void aPeriodFixedByLawCannotBeRevised() {
        for (String code : new String[] {
            "GDPR_ART_78_2_INFORM_COMPLAINANT", "EHDS_ART_68_4_PERMIT_DECISION", "NATIONAL_COMMITTEE_OPINION"
        }) {
            JsonObject policy = find(code);
            assertFalse(policy.getBoolean("configurable"), code);
            Api.Reply refused = Api.as("admin")
                    .postJson(
                            "clocks/policies/" + code + "/period",
                            "{\"version\":" + policy.getInt("version")
                                    + ",\"amount\":6,\"unit\":\"months\",\"reason\":\"x\"}");
            assertField("policy", refused);
            assertTrue(
                    refused.json()
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("message")
                            .contains("cannot be changed"),
                    refused.toString());
            assertEquals(policy.getInt("version"), find(code).getInt("version"), "no version written");
        }
    }

    private static JsonObject find(String code) {
        return Api.as("admin").get("clocks/policies").jsonStructure().asJsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
