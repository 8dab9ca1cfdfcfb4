package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Failed authentications are throttled per account and per client address (the test profile:
 * 8 per account, 15 per address, over 60 seconds; X-Forwarded-For believed from localhost, so
 * each test stands for its own client address). A refusal is a 429 problem document with
 * {@code Retry-After}, given before any password is checked.
 */
class AuthenticationThrottleIT extends RunningVigie {
    private static final String PASSWORD = "correct-horse-battery";

    /** An address from the documentation range, different for each test and run. */
    private static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    static String newUser(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000_000L;
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"T\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"" + PASSWORD
                                + "\",\"reason\":\"throttle test\"}");
        assertEquals(201, created.status(), created.toString());
        return username;
    }

    @Test
    void anAccountGuessedFromManyAddressesIsThrottledWith429AndRetryAfter() {
        String username = newUser("thr");
        for (int i = 0; i < 8; i++) {
            assertEquals(
                    401,
                    Api.as(username, "wrong-" + i).from(someAddress()).get("me").status(),
                    "failure " + i);
        }
        Api.Reply refused = Api.as(username, "wrong-again").from(someAddress()).get("me");

        assertEquals(429, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonObject problem = refused.json();
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Too many failed authentication attempts"), problem.toString());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(retryAfter, problem.getJsonNumber("retryAfterSeconds").longValue());

        String actions = Api.as("auditor")
                .get("audit?caseRef=users:" + username + "&size=50")
                .text();
        assertTrue(actions.contains("ACCOUNT_LOCKED"), "the lockout still works under the throttle: " + actions);
    }

    @Test
    void anAddressTryingManyAccountsIsThrottledEvenForAnotherAccount() {
        String address = someAddress();
        for (int i = 0; i < 15; i++) {
            assertEquals(
                    401,
                    Api.as("nobody-" + System.nanoTime(), "guess")
                            .from(address)
                            .get("me")
                            .status(),
                    "failure " + i);
        }
        Api.Reply refused = Api.as("manager").from(address).get("me");
        assertEquals(429, refused.status(), "even good credentials wait: nothing is checked from this address now");
        assertTrue(refused.header("Retry-After") != null);

        assertEquals(200, Api.as("manager").from(someAddress()).get("me").status(), "other addresses are not affected");
    }

    @Test
    void aClientCannotEscapeByForgingXForwardedForFromOutside() {
        // Only the direct peer's header is believed when it is a trusted proxy; the test peer is
        // localhost (trusted here), so the last hop counts, whatever the client put before it.
        String address = someAddress();
        for (int i = 0; i < 15; i++) {
            Api.as("nobody-" + System.nanoTime(), "guess")
                    .from("203.0.113." + (i + 1) + ", " + address)
                    .get("me");
        }
        assertEquals(
                429,
                Api.as("manager").from("203.0.113.200, " + address).get("me").status());
    }
}
