package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Only instructors change dossiers; managers read; others are refused; the register is public. */
class DossierAccessIT extends RunningVigie {

    @Test
    void managersReadButChangeNothing() {
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        assertEquals(200, Api.as("manager").get("dossiers/" + ref).status());
        assertEquals(200, Api.as("manager").get("dossiers").status());
        assertEquals(403, Dossiers.tryAct("manager", ref, "complete", null).status());
        assertEquals(
                403,
                Api.as("manager")
                        .postJson("dossiers", Dossiers.applicationJson("NATIONAL", Dossiers.uniqueSiren(), false))
                        .status());
        assertEquals("SUBMITTED", Dossiers.get(ref).getString("status"));
    }

    @Test
    void otherRolesNeitherReadNorChange() {
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        for (String user : new String[] {"handler", "dacmember", "auditor"}) {
            assertEquals(403, Api.as(user).get("dossiers/" + ref).status(), user);
            assertEquals(403, Api.as(user).get("dossiers").status(), user);
            assertEquals(403, Dossiers.tryAct(user, ref, "complete", null).status(), user);
        }
        assertEquals(401, Api.anonymous().get("dossiers").status());
    }

    @Test
    void theRegisterIsOpenWithoutLogin() {
        Api.Reply r = Api.anonymous().get("public/register");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().containsKey("entries"));
    }

    @Test
    void pagesAreGuardedByRole() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> list = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/dossiers/list.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(list.statusCode() == 302 || list.statusCode() == 303, "anonymous users are sent to the login page");
        HttpResponse<String> register = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/public/register.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, register.statusCode(), "the public register needs no login");
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/dossiers/form.xhtml"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(("manager:" + Api.DEMO_PASSWORD).getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(
                form.statusCode() == 403 || form.statusCode() == 302 || form.statusCode() == 303,
                "the form is not for managers: " + form.statusCode());
    }
}
