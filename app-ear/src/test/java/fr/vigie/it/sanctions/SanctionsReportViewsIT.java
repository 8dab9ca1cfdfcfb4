package fr.vigie.it.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADR 4: the sanctions module publishes its three reporting views with the contract's columns, readable by the app role. */
class SanctionsReportViewsIT extends RunningVigie {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "report_case;case_ref,module,reference,title,procedure,status,is_open,opened_on,closed_on,owner,team,organisation,organisation_id,target_on,target_reached_on,directory_id",
                "report_stage;case_ref,stage,stage_order,started_on,ended_on",
                "report_assignment;case_ref,username,role,is_open"
            })
    void viewsHaveTheContractsColumnsAndTheAppRoleMayReadThem(String view, String columns) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection()) {
            List<String> found = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'sanctions' AND table_name = ? ORDER BY ordinal_position")) {
                q.setString(1, view);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
            assertEquals(Arrays.asList(columns.split(",")), found);
            try (PreparedStatement q = db.prepareStatement("SELECT has_table_privilege('vigie_app', ?, 'SELECT')")) {
                q.setString(1, "sanctions." + view);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertTrue(r.getBoolean(1));
                }
            }
        }
    }

    @Test
    void aReferredCaseWithItsRapporteurAppearsInTheViews() throws SQLException {
        String siren = Sanctions.uniqueSiren();
        String rapporteur = Sanctions.person("rap", "RAPPORTEUR");
        Api.Reply opened = Sanctions.as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Vues " + siren, siren, "RGPD art. 32", null, null));
        String ref = opened.json().getString("reference");
        Sanctions.onCase("president", ref, "refer", "\"reason\":\"r\"");
        Sanctions.onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        try (Connection db = ItDatabase.superuser().getConnection()) {
            try (PreparedStatement q =
                    db.prepareStatement("SELECT procedure, status, owner, is_open, organisation_id, directory_id,"
                            + " (SELECT c.organisation_id FROM sanctions.sanction_case c WHERE c.reference = ?)"
                            + " FROM sanctions.report_case WHERE case_ref = ?")) {
                q.setString(1, ref);
                q.setString(2, "sanctions:" + ref);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals("ORDINARY", r.getString(1));
                    assertEquals("INSTRUCTION", r.getString(2));
                    assertEquals(rapporteur, r.getString(3));
                    assertTrue(r.getBoolean(4));
                    assertEquals(siren, r.getString(5));
                    // ADR 7: directory_id is the case's directory id (enrolled at opening); organisation_id stays the
                    // SIREN
                    assertTrue(r.getLong(6) > 0);
                    assertEquals(r.getLong(7), r.getLong(6));
                }
            }
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT string_agg(stage, ',' ORDER BY stage_order) FROM sanctions.report_stage WHERE case_ref = ?")) {
                q.setString(1, "sanctions:" + ref);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertEquals("AWAITING_REFERRAL,REFERRED,INSTRUCTION", r.getString(1));
                }
            }
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT role FROM sanctions.report_assignment WHERE case_ref = ? AND username = ?")) {
                q.setString(1, "sanctions:" + ref);
                q.setString(2, rapporteur);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals("RAPPORTEUR", r.getString(1));
                }
            }
        }
    }
}
