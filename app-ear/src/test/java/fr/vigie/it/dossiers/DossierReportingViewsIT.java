package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** ADR 4: the dossiers module publishes its three reporting views with the contract's columns, readable by the app role. */
class DossierReportingViewsIT extends RunningVigie {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "report_case;case_ref,module,reference,title,procedure,status,is_open,opened_on,closed_on,owner,team,organisation,organisation_id,target_on,target_reached_on",
                "report_stage;case_ref,stage,stage_order,started_on,ended_on",
                "report_assignment;case_ref,username,role,is_open"
            })
    void viewsHaveTheContractsColumnsAndTheAppRoleMayReadThem(String view, String columns) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection()) {
            List<String> found = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = 'dossiers' AND table_name = ? ORDER BY ordinal_position")) {
                q.setString(1, view);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
            assertEquals(Arrays.asList(columns.split(",")), found);
            try (PreparedStatement q = db.prepareStatement("SELECT has_table_privilege('vigie_app', ?, 'SELECT')")) {
                q.setString(1, "dossiers." + view);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertTrue(r.getBoolean(1));
                }
            }
        }
    }

    @Test
    void anEhdsCaseHasTheTargetItsClockGives() throws SQLException {
        String ref = Dossiers.create("EHDS_ACCESS_APPLICATION", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        // 8 months from today under Reg. 1182/71 (a weekend or holiday moves the last day on).
        String targetDue =
                fr.vigie.it.Api.as("instructor")
                        .get("dossiers/" + ref + "/clocks")
                        .jsonStructure()
                        .asJsonArray()
                        .stream()
                        .map(jakarta.json.JsonValue::asJsonObject)
                        .filter(k -> k.getString("policyCode").equals("EHDS_TARGET_PSEUDONYMISED_ACCESS"))
                        .findFirst()
                        .orElseThrow()
                        .getString("dueDate");
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        db.prepareStatement("SELECT procedure, target_on, owner, is_open FROM dossiers.report_case"
                                + " WHERE case_ref = ?")) {
            q.setString(1, "dossiers:" + ref);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertEquals("EHDS_PSEUDONYMISED", r.getString(1));
                assertEquals(java.time.LocalDate.parse(targetDue), r.getObject(2, java.time.LocalDate.class));
                assertEquals("instructor", r.getString(3));
                assertTrue(r.getBoolean(4));
            }
        }
    }
}
