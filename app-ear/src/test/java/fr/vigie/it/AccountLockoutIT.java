package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Repeated failed logins lock the account (audited); an administrator's reset unlocks it. */
class AccountLockoutIT extends RunningVigie {
    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorResetsIt() {
        String username = "lock" + System.nanoTime() % 1_000_000;
        JsonObject user = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"L\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"" + PASSWORD
                                + "\",\"reason\":\"lockout test\"}")
                .json();
        assertEquals(200, Api.as(username, PASSWORD).get("me").status());

        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as(username, "wrong-password-" + i).get("me").status());
        }
        assertEquals(
                401, Api.as(username, PASSWORD).get("me").status(), "a locked account refuses even the right password");

        String actions = Api.as("auditor")
                .get("audit?caseRef=users:" + username + "&size=20")
                .text();
        assertTrue(actions.contains("ACCOUNT_LOCKED"), actions);
        assertTrue(actions.contains("LOGIN_REFUSED"), actions);

        long id = user.getJsonNumber("id").longValue();
        long version = Api.as("admin").get("admin/users").jsonStructure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("version")
                .longValue();
        Api.Reply reset = Api.as("admin")
                .postJson(
                        "admin/users/" + id + "/password",
                        "{\"version\":" + version
                                + ",\"password\":\"another-long-password\",\"reason\":\"user called support\"}");
        assertEquals(200, reset.status(), reset.toString());
        assertEquals(200, Api.as(username, "another-long-password").get("me").status());
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        String username = "stale" + System.nanoTime() % 1_000_000;
        JsonObject user = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"S\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"" + PASSWORD
                                + "\",\"reason\":\"conflict test\"}")
                .json();
        long id = user.getJsonNumber("id").longValue();
        long version = user.getJsonNumber("version").longValue();
        assertEquals(
                200,
                Api.as("admin")
                        .postJson(
                                "admin/users/" + id + "/password",
                                "{\"version\":" + version
                                        + ",\"password\":\"first-new-password\",\"reason\":\"first admin\"}")
                        .status());
        Api.Reply second = Api.as("admin")
                .postJson(
                        "admin/users/" + id + "/password",
                        "{\"version\":" + version
                                + ",\"password\":\"second-new-password\",\"reason\":\"second admin\"}");
        assertEquals(409, second.status(), second.toString());
        assertEquals(200, Api.as(username, "first-new-password").get("me").status());
    }
}
