package fr.vigie.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.committee.Committee;
import fr.vigie.it.dossiers.Dossiers;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * ADR 7: cases refer to the organisation directory by id. New cases are linked when they are opened;
 * cases kept before the directory (their {@code organisation_id} nulled here, as the migration left
 * them) are linked by the backfill system task, found or registered by SIREN; a second run changes
 * nothing; rows without a SIREN stay unlinked and are counted as left.
 */
class OrganisationBackfillIT extends RunningVigie {

    @Test
    void newCasesAreLinkedAndOldOnesAreBackfilledBySirenOnceAndAudited() throws SQLException {
        String complaintSiren = Organisations.uniqueSiren();
        String inspectionSiren = Organisations.uniqueSiren();
        String noticeSiren = Organisations.uniqueSiren();
        String dossierSiren = Organisations.uniqueSiren();
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

        String complaint = created(Api.as("handler")
                .postJson("complaints", complaintJson("Boutique " + complaintSiren + " SAS", "FR", complaintSiren)));
        String foreignComplaint =
                created(Api.as("handler").postJson("complaints", complaintJson("Beispiel Handel GmbH", "DE", null)));
        String inspection = created(Api.as("head")
                .postJson(
                        "inspections",
                        "{\"origin\":\"PROGRAMME\",\"type\":\"ON_SITE\",\"theme\":\"MINORS\",\"year\":" + year
                                + ",\"quarter\":4,\"organisationName\":\"Plateforme " + inspectionSiren
                                + " SAS\",\"organisationNumber\":\"" + inspectionSiren
                                + "\",\"organisationCountry\":\"FR\",\"minors\":true,"
                                + "\"subject\":\"Recueil du consentement des mineurs\"}"));
        String notice = created(Api.as("president")
                .postJson(
                        "sanctions/notices",
                        "{\"organisationName\":\"Hôtellerie " + noticeSiren + "\",\"organisationNumber\":\""
                                + noticeSiren + "\",\"breaches\":[{\"article\":\"RGPD art. 32\",\"severity\":"
                                + "\"SERIOUS\",\"description\":\"Mots de passe en clair\"}],"
                                + "\"measuresRequired\":\"Chiffrer les mots de passe\"}"));
        String dossier = created(Api.as(Dossiers.INSTRUCTOR)
                .postJson("dossiers", Dossiers.applicationJson("NATIONAL", dossierSiren, true)));
        // A member's interest declared by SIREN only: no name to register the organisation by, so it
        // is linked only once another row (here the dossier, a later part) has registered it.
        String member = Committee.member("backfill", "DAC_MEMBER");
        Api.Reply interest = Committee.as(member)
                .postJson(
                        "committee/members/me/interests",
                        "{\"siren\":\"" + dossierSiren + "\",\"nature\":\"Actionnaire\"}");
        assertEquals(201, interest.status(), interest.toString());

        // New cases: linked at once, through the directory.
        long complaintOrg = directoryId(complaintSiren);
        assertEquals(complaintOrg, organisationId("complaints.complaint", complaint));
        Long foreignOrg = organisationId("complaints.complaint", foreignComplaint);
        assertNotNull(foreignOrg, "a foreign organisation is enrolled by its name in its country");
        long inspectionOrgAtOpening = directoryId(inspectionSiren);
        assertEquals(inspectionOrgAtOpening, organisationId("inspections.inspection", inspection));
        assertEquals(directoryId(noticeSiren), organisationId("sanctions.formal_notice", notice));
        assertEquals(directoryId(dossierSiren), organisationId("dossiers.dossier", dossier));

        long dossierOrg = directoryId(dossierSiren);

        // As the cases kept before the directory: no id; and one organisation the directory does not know.
        nullOrganisationId("complaints.complaint", complaint);
        nullOrganisationId("inspections.inspection", inspection);
        nullOrganisationId("sanctions.formal_notice", notice);
        nullOrganisationId("dossiers.dossier", dossier);
        nullOrganisationId("complaints.complaint", foreignComplaint);
        assertEquals(dossierOrg, interestOrganisationId(dossierSiren), "linked when declared");
        execute("UPDATE committee.interest SET organisation_id = NULL WHERE siren = ?", dossierSiren);
        execute("DELETE FROM platform.organisation WHERE siren = ?", inspectionSiren);
        execute("DELETE FROM platform.organisation WHERE siren = ?", dossierSiren);

        Api.Reply refused = Api.as("handler").postJson("organisations/backfill", "{}");
        assertEquals(403, refused.status(), refused.toString());

        Api.Reply first = Api.as("admin").postJson("organisations/backfill", "{}");
        assertEquals(200, first.status(), first.toString());
        JsonObject report = first.json();
        assertTrue(report.getBoolean("ran"), report.toString());
        assertTrue(report.getJsonNumber("filled").longValue() >= 5, report.toString());
        for (String part : new String[] {
            "complaints.complaint", "inspections.inspection", "sanctions.formal_notice", "dossiers.dossier"
        }) {
            assertTrue(
                    report.getJsonArray("parts").stream()
                            .anyMatch(p -> part.equals(p.asJsonObject().getString("part"))),
                    part + " in " + report);
        }

        assertEquals(complaintOrg, organisationId("complaints.complaint", complaint));
        assertEquals(
                foreignOrg,
                organisationId("complaints.complaint", foreignComplaint),
                "a foreign organisation is found again by its name in its country");
        long registered = directoryId(inspectionSiren);
        assertEquals(registered, organisationId("inspections.inspection", inspection));
        assertEquals(
                "Plateforme " + inspectionSiren + " SAS",
                Api.as("auditor")
                        .get("organisations/" + registered)
                        .json()
                        .getJsonObject("summary")
                        .getString("name"));
        assertEquals(directoryId(noticeSiren), organisationId("sanctions.formal_notice", notice));
        assertEquals(directoryId(dossierSiren), organisationId("dossiers.dossier", dossier));
        assertEquals(
                directoryId(dossierSiren),
                interestOrganisationId(dossierSiren),
                "linked in the same run although the committee's part runs before the dossiers' one");
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM platform.audit_entry WHERE action = 'ORGANISATION_REGISTERED'"
                                + " AND case_ref = ? AND actor = 'system'",
                        "organisations:" + registered),
                "the system task registered the absent organisation");

        // Idempotent: nothing left to fill, the same rows left.
        JsonObject second =
                Api.as("admin").postJson("organisations/backfill", "{}").json();
        assertTrue(second.getBoolean("ran"), second.toString());
        assertEquals(0, second.getJsonNumber("filled").longValue(), second.toString());
        assertEquals(
                report.getJsonNumber("left").longValue(),
                second.getJsonNumber("left").longValue());
        assertEquals(registered, organisationId("inspections.inspection", inspection));

        assertTrue(
                count(
                                "SELECT COUNT(*) FROM platform.audit_entry WHERE action = 'ORGANISATION_BACKFILL_RUN'"
                                        + " AND actor = 'system' AND module = ? AND changes_json LIKE '%complaints.complaint.filled%'",
                                "organisations")
                        >= 2,
                "each run is audited as the system task, with its counts");
        assertTrue(count(
                        "SELECT COUNT(*) FROM platform.audit_entry WHERE action = 'ORGANISATION_BACKFILL_REQUESTED'"
                                + " AND actor = ?",
                        "admin")
                >= 2);
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

    private static Long organisationId(String table, String reference) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT organisation_id FROM " + table + " WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), table + " " + reference);
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

    private static Long interestOrganisationId(String siren) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT organisation_id FROM committee.interest WHERE siren = ?")) {
            s.setString(1, siren);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "interest in " + siren);
                long id = rs.getLong(1);
                return rs.wasNull() ? null : id;
            }
        }
    }

    private static void nullOrganisationId(String table, String reference) throws SQLException {
        assertNotNull(organisationId(table, reference));
        execute("UPDATE " + table + " SET organisation_id = NULL WHERE reference = ?", reference);
    }

    private static void execute(String sql, String value) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private static long count(String sql, String value) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
