package fr.vigie.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.vigie.it.ClockTrackingIT.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changing a policy's period writes a new version; a running clock keeps the version it started under. */
class PolicyVersionClockIT extends RunningVigie {

    @Test
    void runningClocksKeepTheirVersion() {
        JsonObject before = find("INSPECTION_OBSERVATIONS");
        int version = before.getInt("version");
        JsonObject old = ClockTrackingIT.start(ClockTrackingIT.uniqueCase("inspections"), "INSPECTION_OBSERVATIONS",
                LocalDate.of(2026, 3, 2), "inspector");

        int newDays = before.getInt("periodAmount") == 15 ? 20 : 15;
        Api.Reply revised = Api.as("admin").postJson("clocks/policies/INSPECTION_OBSERVATIONS/period",
                "{\"version\":" + version + ",\"amount\":" + newDays + ",\"unit\":\"days\",\"reason\":\"new practice\"}");
        assertEquals(200, revised.status(), revised.toString());
        assertEquals(version + 1, revised.json().getInt("version"));

        Api.Reply stale = Api.as("admin").postJson("clocks/policies/INSPECTION_OBSERVATIONS/period",
                "{\"version\":" + version + ",\"amount\":30,\"unit\":\"days\",\"reason\":\"stale\"}");
        assertEquals(409, stale.status(), stale.toString());
        assertField("amount", Api.as("admin").postJson("clocks/policies/INSPECTION_OBSERVATIONS/period",
                "{\"version\":" + (version + 1) + ",\"amount\":0,\"unit\":\"days\",\"reason\":\"zero\"}"));
        assertEquals(403, Api.as("inspector").postJson("clocks/policies/INSPECTION_OBSERVATIONS/period",
                "{\"version\":" + (version + 1) + ",\"amount\":10,\"unit\":\"days\",\"reason\":\"x\"}").status());

        JsonObject again = Api.as("admin").get("clocks/" + old.getJsonNumber("id")).json();
        assertEquals(version, again.getInt("policyVersion"), "the running clock keeps its version");
        assertEquals(old.getString("dueDate"), again.getString("dueDate"));
        JsonObject fresh = ClockTrackingIT.start(ClockTrackingIT.uniqueCase("inspections"), "INSPECTION_OBSERVATIONS",
                LocalDate.of(2026, 3, 2), "inspector");
        assertEquals(version + 1, fresh.getInt("policyVersion"), "a new clock takes the new version");
    }

    private static JsonObject find(String code) {
        return Api.as("admin").get("clocks/policies").jsonStructure().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
