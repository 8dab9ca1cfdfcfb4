package fr.vigie.it.crossborder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * ADR 4: {@code crossborder.report_cross_border}, the module's cross-border reporting view (V3): one row per case with the CNIL's
 * role, the stage, the opening day, the days since and the investigation deadline's due date.
 */
class CrossBorderReportViewIT extends RunningVigie {

    @Test
    void aCaseIsReportedWithItsRoleStageAndInvestigationDeadline() throws SQLException {
        JsonObject lead =
                CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        CrossBorderCases.act("rapporteur", lead, "confirm-competence", "2027-04-05", null, null);
        JsonObject concerned =
                CrossBorderCases.open("handler", "2026-11-02", "IE", CrossBorderCases.uniqueOrganisation());

        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT x.role, x.stage, x.rules, x.opened_on,"
                        + " x.days_since_opening, x.investigation_due_on, x.is_open, c.status, c.target_on, c.title"
                        + " FROM crossborder.report_cross_border x JOIN crossborder.report_case c"
                        + " ON c.case_ref = x.case_ref WHERE x.reference = ?")) {
            q.setString(1, lead.getString("reference"));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("LEAD", rs.getString("role"));
                assertEquals("INVESTIGATING", rs.getString("stage"));
                assertEquals("GDPR_AND_REGULATION_2025_2518", rs.getString("rules"));
                assertEquals(LocalDate.of(2027, 4, 3), rs.getObject("opened_on", LocalDate.class));
                assertEquals(LocalDate.of(2028, 7, 5), rs.getObject("investigation_due_on", LocalDate.class));
                assertTrue(rs.getBoolean("is_open"));
                assertEquals("INVESTIGATING", rs.getString("status"), "the columns every report_case has");
                assertEquals(LocalDate.of(2028, 7, 5), rs.getObject("target_on", LocalDate.class));
                assertTrue(rs.getString("title").startsWith("Plateforme transfrontalière"));
            }
            q.setString(1, concerned.getString("reference"));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("CONCERNED", rs.getString("role"));
                assertEquals(
                        ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 2), LocalDate.now(ZoneId.of("Europe/Paris"))),
                        rs.getLong("days_since_opening"));
                assertEquals(null, rs.getObject("investigation_due_on"));
            }
        }
    }
}
