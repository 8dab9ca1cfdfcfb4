package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * HTTP Basic reuses a recent successful verification instead of recomputing the PBKDF2; a change
 * of the account (here a password reset) makes the old credentials worthless at once.
 */
class BasicCredentialsMemoryIT extends RunningVigie {

    @Test
    void anOldPasswordStopsWorkingAsSoonAsItIsReset() {
        String username = AuthenticationThrottleIT.newUser("mem");
        Api old = Api.as(username, "correct-horse-battery");
        assertEquals(200, old.get("me").status());
        assertEquals(200, old.get("me").status(), "remembered: same answer");

        JsonObject user = Api.as("admin").get("admin/users").jsonStructure().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username))
                .findFirst()
                .orElseThrow();
        Api.Reply reset = Api.as("admin")
                .postJson(
                        "admin/users/" + user.getJsonNumber("id").longValue() + "/password",
                        "{\"version\":" + user.getJsonNumber("version").longValue()
                                + ",\"password\":\"a-brand-new-password\",\"reason\":\"rotation\"}");
        assertEquals(200, reset.status(), reset.toString());

        assertEquals(401, old.get("me").status(), "the remembered verification was forgotten with the reset");
        assertEquals(200, Api.as(username, "a-brand-new-password").get("me").status());
    }
}
