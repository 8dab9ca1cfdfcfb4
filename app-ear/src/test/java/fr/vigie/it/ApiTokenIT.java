package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * API tokens: issued once, scoped (read-only or read-write, a subset of the owner's roles),
 * revocable, accepted as {@code Authorization: Bearer}, and named in the audit trail next to the
 * owner for everything done with them.
 */
class ApiTokenIT extends RunningVigie {

    private static String expiresIn(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    static JsonObject issue(Api as, String body) {
        Api.Reply issued = as.postJson("tokens", body);
        assertEquals(201, issued.status(), issued.toString());
        return issued.json();
    }

    @Test
    void aReadWriteTokenActsForItsOwnerAndIsNamedInTheAuditTrail() {
        String name = "provisioning-" + System.nanoTime();
        JsonObject issued = issue(
                Api.as("admin"),
                "{\"name\":\"" + name + "\",\"access\":\"READ_WRITE\","
                        + "\"roles\":[\"ADMINISTRATOR\"],\"expiresOn\":\"" + expiresIn(30)
                        + "\",\"reason\":\"HR system\"}");
        String secret = issued.getString("secret");
        long id = issued.getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("vgt_"), secret);

        Api token = Api.withToken(secret);
        JsonObject me = token.get("me").json();
        assertEquals("admin", me.getString("username"), me.toString());

        String username = "tok" + System.nanoTime() % 1_000_000_000L;
        Api.Reply created = token.postJson(
                "admin/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"T\","
                        + "\"roles\":[\"MANAGER\"],\"password\":\"correct-horse-battery\",\"reason\":\"provisioned\"}");
        assertEquals(201, created.status(), created.toString());

        String trail = Api.as("auditor")
                .get("audit?caseRef=users:" + username + "&size=20")
                .text();
        assertTrue(trail.contains("USER_CREATED"), trail);
        assertTrue(trail.contains("\\\"apiToken\\\"") || trail.contains("apiToken"), "the token is named: " + trail);
        assertTrue(trail.contains("#" + id), "the token's id is in the entry: " + trail);
        assertTrue(trail.contains("\"actor\":\"admin\""), "the owner is the actor: " + trail);

        String listed = Api.as("admin").get("tokens").text();
        assertTrue(listed.contains(name));
        assertFalse(listed.contains(secret.substring(25)), "the secret is never shown again");
    }

    @Test
    void aReadOnlyTokenReadsButChangesNothing() {
        JsonObject issued = issue(
                Api.as("admin"),
                "{\"name\":\"reader-" + System.nanoTime() + "\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\""
                        + expiresIn(7) + "\",\"reason\":\"dashboard\"}");
        Api token = Api.withToken(issued.getString("secret"));
        assertEquals(200, token.get("admin/users").status());

        Api.Reply refused = token.postJson(
                "admin/users",
                "{\"username\":\"never" + System.nanoTime() % 1_000_000 + "\","
                        + "\"displayName\":\"N\",\"roles\":[\"MANAGER\"],\"password\":\"correct-horse-battery\",\"reason\":\"x\"}");
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    }

    @Test
    void aTokenCarriesOnlyTheRolesItWasIssuedWith() {
        JsonObject issued = issue(
                Api.as("admin"),
                "{\"name\":\"audit-only-" + System.nanoTime() + "\",\"access\":\"READ_ONLY\","
                        + "\"roles\":[\"ADMINISTRATOR\"],\"expiresOn\":\"" + expiresIn(7) + "\",\"reason\":\"scope\"}");
        Api token = Api.withToken(issued.getString("secret"));
        assertEquals(200, token.get("admin/users").status());
        assertEquals(403, token.get("audit?size=1").status(), "admin holds no AUDITOR role, nor does the token");
    }

    @Test
    void aRevokedOrForgedTokenIsRefused() {
        JsonObject issued = issue(
                Api.as("admin"),
                "{\"name\":\"short-lived-" + System.nanoTime() + "\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\""
                        + expiresIn(1) + "\",\"reason\":\"test\"}");
        String secret = issued.getString("secret");
        JsonObject view = issued.getJsonObject("token");
        assertEquals(200, Api.withToken(secret).get("me").status());

        String forged = secret.substring(0, secret.length() - 4) + "AAAA";
        assertEquals(401, Api.withToken(forged).get("me").status());

        Api.Reply revoked = Api.as("admin")
                .postJson(
                        "tokens/" + view.getJsonNumber("id").longValue() + "/revoke",
                        "{\"version\":" + view.getJsonNumber("version").longValue()
                                + ",\"reason\":\"leaked in a log\"}");
        assertEquals(204, revoked.status(), revoked.toString());
        assertEquals(401, Api.withToken(secret).get("me").status());
    }

    @Test
    void aManagerMayIssueForThemselfOnlyAndATokenCannotIssueTokens() {
        JsonObject mine = issue(
                Api.as("manager"),
                "{\"name\":\"my-script-" + System.nanoTime() + "\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\""
                        + expiresIn(7) + "\",\"reason\":\"weekly export\"}");
        assertEquals("manager", mine.getJsonObject("token").getString("owner"));

        Api.Reply forOther = Api.as("manager")
                .postJson(
                        "tokens",
                        "{\"owner\":\"admin\",\"name\":\"x\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\""
                                + expiresIn(7) + "\"}");
        assertEquals(403, forOther.status(), forOther.toString());

        Api.Reply byHandler = Api.as("handler")
                .postJson(
                        "tokens",
                        "{\"name\":\"x\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\"" + expiresIn(7) + "\"}");
        assertEquals(403, byHandler.status(), "handlers are not in the self-service roles: " + byHandler);

        JsonObject rw = issue(
                Api.as("admin"),
                "{\"name\":\"rw-" + System.nanoTime() + "\",\"access\":\"READ_WRITE\"," + "\"expiresOn\":\""
                        + expiresIn(7) + "\"}");
        Api.Reply withToken = Api.withToken(rw.getString("secret"))
                .postJson(
                        "tokens",
                        "{\"name\":\"child\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\"" + expiresIn(7) + "\"}");
        assertEquals(403, withToken.status(), withToken.toString());
    }

    @Test
    void badInputNamesTheField() {
        Api.Reply tooFar = Api.as("admin")
                .postJson(
                        "tokens",
                        "{\"name\":\"far\",\"access\":\"READ_ONLY\"," + "\"expiresOn\":\"" + expiresIn(800) + "\"}");
        assertEquals(422, tooFar.status(), tooFar.toString());
        assertTrue(tooFar.text().contains("expiresOn"), tooFar.toString());
    }
}
