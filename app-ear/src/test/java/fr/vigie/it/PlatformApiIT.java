package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API's common behaviour: authentication, roles, problem documents, health, OpenAPI, headers. */
class PlatformApiIT extends RunningVigie {

    @Test
    void readinessChecksTheDatabase() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(serverRoot() + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"database\""), r.body());
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(serverRoot() + "/openapi"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Vigie API"), "title missing");
        assertTrue(r.body().contains("/api/audit/verify"), "audit verification endpoint missing");
    }

    @Test
    void anonymousCallerGetsAProblemDocumentNotARedirect() {
        Api.Reply r = Api.anonymous().get("me");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(401, r.json().getInt("status"));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertEquals(401, Api.as("manager", "not-the-password").get("me").status());
    }

    @Test
    void callerSeesOwnRoles() {
        JsonObject me = Api.as("auditor").get("me").json();
        assertEquals("auditor", me.getString("username"));
        assertEquals("AUDITOR", me.getJsonArray("roles").getString(0));
    }

    @Test
    void wrongRoleIsForbidden() {
        Api.Reply r = Api.as("handler").get("audit/verify");
        assertEquals(403, r.status(), r.toString());
    }

    @Test
    void malformedQueryParameterIsAProblemNamingTheValue() {
        Api.Reply r = Api.as("auditor").get("audit?from=yesterday");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().getString("detail").contains("yesterday"), r.toString());
    }

    @Test
    void invalidFieldsAreListedByName() {
        Api.Reply r = Api.as("admin").postJson("admin/users", "{\"username\":\"\",\"displayName\":\"X\",\"roles\":[]}");
        assertEquals(400, r.status(), r.toString());
        String body = r.text();
        assertTrue(body.contains("\"field\":\"username\""), body);
        assertTrue(body.contains("\"field\":\"roles\""), body);
        assertTrue(body.contains("\"field\":\"password\""), body);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Api.Reply r = Api.as("admin").postJson("admin/users", "{\"username\": ");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void businessRuleViolationNamesTheField() {
        Api.Reply r = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"admin\",\"displayName\":\"Again\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"a-long-enough-password\"}");
        assertEquals(422, r.status(), r.toString());
        assertEquals(
                "username", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void responsesCarrySecurityHeadersAndNoServerBanner() {
        Api.Reply r = Api.as("manager").get("me");
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertNotNull(r.header("Content-Security-Policy"));
        assertNotNull(r.header("X-Request-Id"));
        assertNull(r.header("Server"));
        assertNull(r.header("X-Powered-By"));
    }
}
