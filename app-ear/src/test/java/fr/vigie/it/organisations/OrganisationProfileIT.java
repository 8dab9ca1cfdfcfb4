package fr.vigie.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.committee.Committee;
import fr.vigie.it.dossiers.Dossiers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/organisations/{id}/profile} (ADR 9): each reader gets the sections their roles
 * allow and no other (absent, not empty); the figures count the cases the test creates through the
 * modules' own APIs for one fresh organisation, matched by SIREN or SIRET; an unknown id is a problem.
 */
class OrganisationProfileIT extends RunningVigie {
    private static String siren;
    private static String siret;
    private static long id;
    private static String member;
    private static String complaintRef;

    @BeforeAll
    static void oneOrganisationKnownToEveryModule() {
        siren = Organisations.uniqueSiren();
        siret = Organisations.siretOf(siren);
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + siren + "\",\"headOfficeSiret\":\"" + siret + "\",\"name\":\"Réseau Profil "
                                + Organisations.token() + "\",\"legalForm\":\"5710\"}");
        assertEquals(201, registered.status(), registered.toString());
        id = registered.json().getJsonObject("summary").getJsonNumber("id").longValue();

        // three complaints, one naming the head office's SIRET; one against another organisation
        complaintRef = complaint(siren);
        complaint(siren);
        complaint(siret);
        complaint(Organisations.uniqueSiren());

        Api.Reply inspection = Api.as("head")
                .postJson(
                        "inspections",
                        "{\"origin\":\"PROGRAMME\",\"type\":\"ON_SITE\",\"theme\":\"MINORS\",\"year\":"
                                + LocalDate.now().getYear() + ",\"quarter\":4,\"organisationName\":\"Réseau Profil\","
                                + "\"organisationNumber\":\"" + siret + "\",\"organisationCountry\":\"FR\","
                                + "\"minors\":true,\"subject\":\"Comptes des mineurs\"}");
        assertEquals(201, inspection.status(), inspection.toString());

        Api.Reply notice = Api.as("president")
                .postJson(
                        "sanctions/notices",
                        "{\"organisationName\":\"Réseau Profil\",\"organisationNumber\":\"" + siren
                                + "\",\"groupName\":\"Réseau Profil Groupe\",\"turnover\":1000000000,\"turnoverYear\":"
                                + (LocalDate.now().getYear() - 1)
                                + ",\"breaches\":[{\"article\":\"RGPD art. 32\",\"severity\":\"SERIOUS\","
                                + "\"description\":\"Mots de passe en clair\"}],\"measuresRequired\":\"Chiffrer\"}");
        assertEquals(201, notice.status(), notice.toString());

        Api.Reply dossier =
                Api.as("instructor").postJson("dossiers", Dossiers.applicationJson("NATIONAL", siren, true));
        assertEquals(201, dossier.status(), dossier.toString());

        member = Committee.member("profil", "DAC_MEMBER");
        Api.Reply interest = Committee.as(member)
                .postJson(
                        "committee/members/me/interests",
                        "{\"siren\":\"" + siren + "\",\"nature\":\"Administrateur bénévole\"}");
        assertEquals(201, interest.status(), interest.toString());
    }

    private static String complaint(String identifier) {
        Api.Reply r = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"Réseau Profil\","
                                + "\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + identifier
                                + "\",\"facts\":\"Prospection sans consentement\",\"categories\":[\"MARKETING\"],"
                                + "\"peopleAffected\":1}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("reference");
    }

    @Test
    void aComplaintHandlerSeesTheComplaintsOnlyCountedBySirenAndSiret() {
        JsonObject profile = profile(Api.as("handler"));
        assertEquals(List.of("complaints"), keys(profile));
        JsonObject complaints = section(profile, "complaints");
        assertEquals("3", figure(complaints, "total"), complaints.toString());
        assertEquals("0", figure(complaints, "art78Breached"));
        assertEquals(3, complaints.getJsonArray("rows").size());
        assertEquals("Plaintes", complaints.getString("title"));
        assertEquals(siren, profile.getJsonObject("organisation").getString("siren"));
        assertFalse(profile.toString().contains("Claire Martin"), "never the complainant");
        assertTrue(profile.getJsonArray("timeline").size() >= 3);
    }

    @Test
    void aCommitteeMemberSeesTheDeclaredInterestsAndNoComplaint() {
        JsonObject profile = profile(Committee.as(member));
        assertEquals(List.of("interests"), keys(profile));
        assertEquals("1", figure(section(profile, "interests"), "inForce"));
        assertFalse(profile.toString().contains(complaintRef), profile.toString());
        assertFalse(profile.toString().contains("\"complaints\""), profile.toString());
    }

    @Test
    void theHeadOfInspectionsSeesTheInspectionsAndTheRiskScoreWithItsReasons() {
        JsonObject profile = profile(Api.as("head"));
        assertEquals(List.of("inspections", "risk"), keys(profile));
        assertEquals("1", figure(section(profile, "inspections"), "total"));
        assertEquals("1", figure(section(profile, "inspections"), "status.PLANNED"));
        JsonObject risk = section(profile, "risk");
        // RiskRules.DEFAULTS: 3 complaints x 2 + minors 5
        assertEquals("+6", figure(risk, "reason.COMPLAINTS"), risk.toString());
        assertEquals("+5", figure(risk, "reason.MINORS"), risk.toString());
        assertEquals("11", figure(risk, "score"), risk.toString());

        assertEquals(List.of("inspections"), keys(profile(Api.as("inspector"))), "the score is the head's");
    }

    /**
     * ADR 7: the risk score reads complaints through complaints.report_case by its directory_id, and by the
     * SIREN only for complaints not linked. Two complaints linked to this organisation (one whose typed
     * number was later changed to another SIREN) count; two linked to another organisation that name this
     * SIREN do not. By SIREN alone it would be 3 complaints (+6), by directory id it is 2 (+4).
     */
    @Test
    void theRiskScoreCountsComplaintsByDirectoryIdAndNotByTheSirenTheyName() throws SQLException {
        String own = Organisations.uniqueSiren();
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + own + "\",\"name\":\"Risque Annuaire " + Organisations.token()
                                + "\",\"legalForm\":\"5710\"}");
        assertEquals(201, registered.status(), registered.toString());
        long ownId =
                registered.json().getJsonObject("summary").getJsonNumber("id").longValue();
        complaint(own);
        String retypedAway = complaint(own);
        String elsewhere1 = complaint(Organisations.uniqueSiren());
        String elsewhere2 = complaint(Organisations.uniqueSiren());
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement u = db.prepareStatement(
                        "UPDATE complaints.complaint SET organisation_identifier = ? WHERE reference = ?")) {
            u.setString(1, Organisations.uniqueSiren());
            u.setString(2, retypedAway);
            assertEquals(1, u.executeUpdate());
            for (String ref : List.of(elsewhere1, elsewhere2)) {
                u.setString(1, own);
                u.setString(2, ref);
                assertEquals(1, u.executeUpdate());
            }
        }
        Api.Reply r = Api.as("head").get("organisations/" + ownId + "/profile");
        assertEquals(200, r.status(), r.toString());
        JsonObject risk = section(r.json(), "risk");
        assertEquals("+4", figure(risk, "reason.COMPLAINTS"), risk.toString());
        assertEquals("4", figure(risk, "score"), risk.toString());
    }

    @Test
    void thePresidentSeesInspectionsAndSanctionsAndTheInstructorTheDossiers() {
        JsonObject president = profile(Api.as("president"));
        assertEquals(List.of("inspections", "sanctions"), keys(president));
        assertEquals("1", figure(section(president, "sanctions"), "notices"));
        assertEquals("0", figure(section(president, "sanctions"), "cases"));

        JsonObject instructor = profile(Api.as("instructor"));
        assertEquals(List.of("dossiers"), keys(instructor));
        assertEquals("1", figure(section(instructor, "dossiers"), "total"));
    }

    @Test
    void aManagerSeesEveryCaseSectionAndOneTimelineMostRecentFirst() {
        JsonObject profile = profile(Api.as("manager"));
        assertEquals(List.of("complaints", "inspections", "sanctions", "dossiers"), keys(profile));
        JsonArray timeline = profile.getJsonArray("timeline");
        assertTrue(timeline.size() >= 6, timeline.toString());
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(
                    timeline.getJsonObject(i - 1)
                                    .getString("date")
                                    .compareTo(timeline.getJsonObject(i).getString("date"))
                            >= 0,
                    timeline.toString());
        }
        assertTrue(
                timeline.stream()
                                .map(e -> e.asJsonObject().getString("section"))
                                .distinct()
                                .count()
                        >= 4,
                timeline.toString());
    }

    @Test
    void aReaderOfNoModuleGetsTheIdentityAloneAndAnUnknownIdIsAProblem() {
        JsonObject auditor = profile(Api.as("auditor"));
        assertEquals(List.of(), keys(auditor));
        assertEquals(0, auditor.getJsonArray("timeline").size());

        Api.Reply unknown = Api.as("handler").get("organisations/999999999/profile");
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.toString());
    }

    @Test
    void textsFollowAcceptLanguageFrenchByDefault() throws IOException, InterruptedException {
        HttpResponse<String> english = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/organisations/" + id + "/profile"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("manager:" + Api.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Accept-Language", "en-GB,en;q=0.8")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, english.statusCode(), english.body());
        JsonObject profile = Json.createReader(new StringReader(english.body())).readObject();
        assertEquals("Complaints", section(profile, "complaints").getString("title"));
        assertEquals(
                "Formal notices and sanctions", section(profile, "sanctions").getString("title"));
        assertEquals(
                "Research dossiers (applicant)", section(profile, "dossiers").getString("title"));
        assertEquals("Inspections", section(profile, "inspections").getString("title"));
        assertEquals(
                "Contrôles",
                section(profile(Api.as("manager")), "inspections").getString("title"),
                "French by default");
    }

    private static JsonObject profile(Api as) {
        Api.Reply r = as.get("organisations/" + id + "/profile");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> keys(JsonObject profile) {
        return profile.getJsonArray("sections").stream()
                .map(s -> s.asJsonObject().getString("key"))
                .toList();
    }

    private static JsonObject section(JsonObject profile, String key) {
        return profile.getJsonArray("sections").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> key.equals(s.getString("key")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " absent: " + profile));
    }

    private static String figure(JsonObject section, String key) {
        return section.getJsonArray("figures").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> key.equals(f.getString("key")))
                .map(f -> f.getString("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " absent: " + section));
    }
}
