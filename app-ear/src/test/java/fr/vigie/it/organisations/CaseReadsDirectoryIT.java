package fr.vigie.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * ADR 7 step 1: a case reads the organisation's name and SIREN through the directory by its id. An
 * organisation named in a complaint and an inspection, then corrected in the directory, is shown
 * with its corrected name by both files, and the modules' name projections (the columns their lists
 * sort and search) follow in the same commit; a foreign organisation (no SIREN) is enrolled by its
 * name in its country, once. The complaints
 * work list and the inspections list show the corrected name as well (one directory query per page).
 */
class CaseReadsDirectoryIT extends RunningVigie {

    @Test
    void aNameCorrectedInTheDirectoryReachesTheCaseFiles() throws SQLException {
        String token = Organisations.token();
        String siren = Organisations.uniqueSiren();
        String typedName = "Boutique " + token + " SAS";
        String correctedName = "Boutique " + token + " (Kbis) SAS";
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

        String complaint = created(Api.as("handler").postJson("complaints", complaintJson(typedName, "FR", siren)));
        String inspection = created(Api.as("head")
                .postJson(
                        "inspections",
                        "{\"origin\":\"PROGRAMME\",\"type\":\"ON_SITE\",\"theme\":\"MINORS\",\"year\":" + year
                                + ",\"quarter\":4,\"organisationName\":\"" + typedName
                                + "\",\"organisationNumber\":\"" + siren
                                + "\",\"organisationCountry\":\"FR\",\"minors\":true,"
                                + "\"subject\":\"Recueil du consentement des mineurs\"}"));

        // Before the correction: the directory holds the name the case typed; the files show it and the id.
        long id = directoryId(siren);
        JsonObject before = complaintOrganisation(complaint);
        assertEquals(typedName, before.getString("name"), before.toString());
        assertEquals(siren, before.getString("identifier"), before.toString());
        assertEquals(id, before.getJsonNumber("organisationId").longValue(), before.toString());

        // The organisation's name is corrected in the directory, with the version read and a reason.
        Api.Reply read = Api.as("auditor").get("organisations/" + id);
        assertEquals(200, read.status(), read.toString());
        long version =
                read.json().getJsonObject("summary").getJsonNumber("version").longValue();
        Api.Reply corrected = Api.as("handler")
                .putJson(
                        "organisations/" + id,
                        "{\"siren\":\"" + siren + "\",\"name\":\"" + correctedName + "\",\"country\":\"FR\","
                                + "\"version\":" + version + ",\"reason\":\"Dénomination au Kbis\"}");
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(correctedName, corrected.json().getJsonObject("summary").getString("name"));

        // The complaint's file now shows the corrected name, through the directory id.
        JsonObject after = complaintOrganisation(complaint);
        assertEquals(correctedName, after.getString("name"), after.toString());
        assertEquals(siren, after.getString("identifier"), after.toString());
        assertEquals("FR", after.getString("country"), after.toString());
        assertEquals(id, after.getJsonNumber("organisationId").longValue(), after.toString());

        // So does the inspection's.
        Api.Reply inspectionFile = Api.as("head").get("inspections/" + inspection);
        assertEquals(200, inspectionFile.status(), inspectionFile.toString());
        JsonObject inspected = inspectionFile.json().getJsonObject("organisation");
        assertEquals(correctedName, inspected.getString("name"), inspected.toString());
        assertEquals(siren, inspected.getString("number"), inspected.toString());
        assertEquals(id, inspected.getJsonNumber("organisationId").longValue(), inspected.toString());

        // The lists (filtered by SIREN, which still reads the cases' own columns) show the corrected
        // name too: each page reads its organisations from the directory (ADR 7 step 1).
        JsonObject listedComplaint = onlyRow(Api.as("handler").get("complaints?organisation=" + siren), complaint);
        assertEquals(correctedName, listedComplaint.getString("organisationName"), listedComplaint.toString());
        assertEquals(id, listedComplaint.getJsonNumber("organisationId").longValue(), listedComplaint.toString());
        JsonObject listedInspection = onlyRow(Api.as("head").get("inspections?organisation=" + siren), inspection);
        assertEquals(correctedName, listedInspection.getString("organisationName"), listedInspection.toString());
        assertEquals(siren, listedInspection.getString("organisationNumber"), listedInspection.toString());

        // The modules' name projections followed the correction in the same commit, so a list searched
        // by the new name finds the cases (their own SQL sorts and searches these columns).
        assertEquals(correctedName, copiedName("complaints.complaint", complaint));
        assertEquals(correctedName, copiedName("inspections.inspection", inspection));
        onlyRow(Api.as("handler").get("complaints?organisation=" + encoded(token + " (Kbis)")), complaint);
    }

    @Test
    void aForeignOrganisationWithoutSirenIsEnrolledByItsNameInItsCountry() {
        String name = "Beispiel Handel " + Organisations.token() + " GmbH";
        String first = created(Api.as("handler").postJson("complaints", complaintJson(name, "DE", null)));
        String second = created(
                Api.as("handler").postJson("complaints", complaintJson(name.toUpperCase(Locale.ROOT), "DE", null)));

        JsonObject organisation = complaintOrganisation(first);
        assertEquals(name, organisation.getString("name"), organisation.toString());
        assertEquals("DE", organisation.getString("country"), organisation.toString());
        assertFalse(organisation.isNull("organisationId"), "registered in the directory: " + organisation);
        JsonObject again = complaintOrganisation(second);
        assertEquals(
                organisation.getJsonNumber("organisationId").longValue(),
                again.getJsonNumber("organisationId").longValue(),
                "the same name (letter case aside) in the same country is the same entry: " + again);
        assertEquals(name, again.getString("name"), "the directory's spelling: " + again);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The row of {@code reference} in a list's first page. */
    private static JsonObject onlyRow(Api.Reply list, String reference) {
        assertEquals(200, list.status(), list.toString());
        return list.json().getJsonArray("rows").stream()
                .map(JsonObject.class::cast)
                .filter(row -> reference.equals(row.getString("reference")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + list));
    }

    private static JsonObject complaintOrganisation(String reference) {
        Api.Reply r = Api.as("handler").get("complaints/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("organisation");
    }

    private static String complaintJson(String name, String country, String siren) {
        return "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"" + name
                + "\",\"organisationCountry\":\"" + country + "\""
                + (siren == null ? "" : ",\"organisationIdentifier\":\"" + siren + "\"")
                + ",\"facts\":\"Prospection commerciale sans consentement préalable\","
                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}";
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("reference");
    }

    private static long directoryId(String siren) {
        Api.Reply r = Api.as("auditor").get("organisations?siren=" + siren);
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.json().getJsonArray("rows").size(), r.toString());
        return r.json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static String copiedName(String table, String reference) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT organisation_name FROM " + table + " WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), table + " " + reference);
                return rs.getString(1);
            }
        }
    }
}
