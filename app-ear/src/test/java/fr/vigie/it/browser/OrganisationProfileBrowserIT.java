package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.committee.Committee;
import fr.vigie.it.dossiers.Dossiers;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organisation 360° page (ADR 9), in one browser session: from the directory to the record, then
 * its 360° view; a complaint handler sees the complaints and not the committee's section, a committee
 * member the declared interests and no complaint, a manager the complaints and the dossiers. The cases
 * are created through the modules' APIs.
 */
class OrganisationProfileBrowserIT extends BrowserTestBase {

    @Test
    void fromTheDirectoryToThe360PageSectionsFollowTheReadersRoles(Browser browser) {
        String siren = siren();
        String name = "Observatoire Profil " + siren;
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + siren + "\",\"name\":\"" + name + "\",\"legalForm\":\"5710\"}");
        assertEquals(201, registered.status(), registered.toString());
        for (int i = 0; i < 2; i++) {
            Api.Reply complaint = Api.as("handler")
                    .postJson(
                            "complaints",
                            "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Lucie Petit\",\"complainantEmail\":\"lucie.petit@example.fr\","
                                    + "\"organisationName\":\"" + name + "\",\"organisationCountry\":\"FR\","
                                    + "\"organisationIdentifier\":\"" + siren
                                    + "\",\"facts\":\"Refus d'accès aux données\",\"categories\":[\"ACCESS_RIGHT\"],"
                                    + "\"peopleAffected\":1}");
            assertEquals(201, complaint.status(), complaint.toString());
        }
        assertEquals(
                201,
                Api.as("instructor")
                        .postJson("dossiers", Dossiers.applicationJson("NATIONAL", siren, true))
                        .status());
        String member = Committee.member("vue", "DAC_MEMBER");
        assertEquals(
                201,
                Committee.as(member)
                        .postJson(
                                "committee/members/me/interests",
                                "{\"siren\":\"" + siren + "\",\"nature\":\"Conseil rémunéré\"}")
                        .status());

        browser.loginAsDemo("handler");
        openProfileFromTheDirectory(browser, siren);
        assertEquals(name, browser.text(By.id("profileName")));
        assertTrue(browser.isPresent(By.id("section-complaints")), browser.pageText());
        assertEquals("2", browser.text(By.cssSelector("#section-complaints dd[data-key='total']")));
        assertFalse(browser.isPresent(By.id("section-interests")), "absent, not empty");
        assertFalse(browser.isPresent(By.id("section-dossiers")));
        assertTrue(browser.text(By.id("section-timeline")).contains("Plainte reçue"), browser.pageText());

        browser.logout();
        browser.login(member, Committee.PASSWORD);
        browser.waitFor(Browser.LOGOUT);
        openProfileFromTheDirectory(browser, siren);
        assertTrue(browser.isPresent(By.id("section-interests")), browser.pageText());
        assertEquals("1", browser.text(By.cssSelector("#section-interests dd[data-key='inForce']")));
        assertFalse(browser.isPresent(By.id("section-complaints")), "a committee member sees no complaint");
        assertFalse(browser.pageText().contains("Plainte"), browser.pageText());

        browser.logout();
        browser.loginAsDemo("manager");
        openProfileFromTheDirectory(browser, siren);
        assertTrue(browser.isPresent(By.id("section-complaints")));
        assertTrue(browser.isPresent(By.id("section-dossiers")));
        assertEquals("1", browser.text(By.cssSelector("#section-dossiers dd[data-key='total']")));
        assertFalse(browser.isPresent(By.id("section-interests")));
    }

    private static void openProfileFromTheDirectory(Browser browser, String siren) {
        browser.open("/organisations/directory.xhtml");
        browser.type(By.id("searchForm:number"), siren);
        browser.clickAndWaitForAjax(By.id("searchForm:searchButton"));
        browser.waitForText(By.id("listForm:organisations"), siren);
        browser.clickAndWaitForPage(By.cssSelector("#listForm\\:organisations a.vg-org-link"));
        browser.clickAndWaitForPage(By.id("profileLink"));
        browser.waitFor(By.id("section-identity"));
    }

    private static String siren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                String candidate = body + check;
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    int d = candidate.charAt(8 - i) - '0';
                    sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
                }
                if (sum % 10 == 0) {
                    return candidate;
                }
            }
        }
    }
}
