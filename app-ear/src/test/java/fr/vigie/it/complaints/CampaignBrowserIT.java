package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A campaign handled as a group in the browser (bulk assign, inform, close), and behind the
 * screen each complaint with its own timeline, letters and audit entries.
 */
@ExtendWith(BrowserExtension.class)
class CampaignBrowserIT extends RunningVigie {
    private static final String FACTS = "Démarchage par SMS pour des panneaux solaires malgré mon opposition répétée.";

    /** Three complaints against one organisation, linked into one campaign; returns their references. */
    private static List<String> campaign() {
        String siren = Complaints.uniqueSiren();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject c = Complaints.create(siren, FACTS + " (" + i + ")");
            String ref = c.getString("reference");
            c = Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
            Complaints.act(
                    ref,
                    "qualify",
                    "{\"version\":" + c.getInt("version")
                            + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
            refs.add(ref);
        }
        for (String other : refs.subList(1, refs.size())) {
            JsonArray links = Api.as("handler")
                    .get("complaints/" + other + "/links")
                    .jsonStructure()
                    .asJsonArray();
            JsonObject link = links.stream()
                    .map(JsonObject.class::cast)
                    .filter(l -> l.getString("otherReference").equals(refs.get(0)))
                    .findFirst()
                    .orElseThrow();
            Api.Reply r = Api.as("handler")
                    .postJson(
                            "complaints/" + other + "/links/" + link.getInt("id") + "/confirm",
                            "{\"version\":" + link.getInt("version") + ",\"reason\":\"Même campagne de SMS\"}");
            assertEquals(200, r.status(), r.toString());
        }
        return refs;
    }

    private static List<String> audit(String reference) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT action FROM platform.audit_entry WHERE case_ref = ? AND action LIKE 'COMPLAINT%' ORDER BY id")) {
            q.setString(1, "complaints:" + reference);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }

    @Test
    void aCampaignIsAssignedInformedAndClosedAsAGroup(Browser browser) throws SQLException {
        List<String> refs = campaign();
        String code = Complaints.get(refs.get(1)).getString("campaign");
        browser.loginAsDemo("handler");
        browser.open("/complaints/file.xhtml?reference=" + refs.get(2));
        browser.clickAndWaitForPage(By.id("fileForm:campaignLink"));
        assertEquals("3", browser.waitFor(By.id("campaignSize")).getAttribute("data-size"));

        browser.clickAndWaitForAjax(By.id("campaignForm:assignSelected"));
        assertFalse(browser.text(By.id("campaignForm:assigneeMessage")).isBlank(), "a handler is required");
        browser.choose("campaignForm:assignee", "Camille Martin");
        browser.type(By.id("campaignForm:reason"), "Campagne confiée à un seul agent");
        browser.clickAndWaitForAjax(By.id("campaignForm:assignSelected"));
        assertTrue(browser.text(By.id("campaignForm:campaignMessages")).contains("3"), "three assigned");
        for (String ref : refs) {
            assertEquals(
                    "Camille Martin (plaintes)",
                    browser.text(By.cssSelector(".vg-member-assignee[data-reference='" + ref + "']")));
        }

        browser.type(By.id("campaignForm:summary"), "Nous avons interrogé la société au sujet de ces SMS.");
        browser.clickAndWaitForAjax(By.id("campaignForm:informSelected"));
        assertTrue(browser.text(By.id("campaignForm:campaignMessages")).contains("3"), "three informed");

        browser.choose("campaignForm:outcome", "Régularisée après intervention");
        browser.clickAndWaitForAjax(By.id("campaignForm:closeSelected"));
        assertFalse(browser.text(By.id("campaignForm:closeReasonMessage")).isBlank(), "a reason is required");
        browser.type(By.id("campaignForm:closeReason"), "La société a cessé les envois");
        browser.clickAndWaitForAjax(By.id("campaignForm:closeSelected"));
        assertTrue(browser.text(By.id("campaignForm:campaignMessages")).contains("3"), "three closed");

        for (String ref : refs) {
            JsonObject c = Complaints.get(ref);
            assertEquals("CLOSED", c.getString("status"), ref);
            assertEquals(code, c.getString("campaign"));
            List<String> letters = c.getJsonArray("letters").stream()
                    .map(l -> l.asJsonObject().getString("type"))
                    .toList();
            assertTrue(letters.contains("INFORMATION_OF_PROGRESS") && letters.contains("CLOSURE"), ref + " " + letters);
            List<String> actions = audit(ref);
            assertTrue(
                    actions.containsAll(
                            List.of("COMPLAINT_ASSIGNED", "COMPLAINT_COMPLAINANT_INFORMED", "COMPLAINT_CLOSED")),
                    ref + " " + actions);
            assertEquals(1, actions.stream().filter("COMPLAINT_CLOSED"::equals).count(), "one closure entry each");
        }
    }
}
