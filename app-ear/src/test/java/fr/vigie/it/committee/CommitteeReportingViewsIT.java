package fr.vigie.it.committee;

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
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR 4: the committee's reporting views exist with the contract's columns, readable by the application role. */
class CommitteeReportingViewsIT extends RunningVigie {

    private static List<String> columns(String view) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'committee' AND table_name = ?"
                                + " ORDER BY ordinal_position")) {
            s.setString(1, view);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    @Test
    void theViewsHaveTheContractsColumns() throws SQLException {
        assertEquals(List.of("case_ref", "username", "role", "is_open"), columns("report_assignment"));
        assertEquals(List.of("case_ref", "stage", "stage_order", "started_on", "ended_on"), columns("report_stage"));
        assertTrue(columns("report_review")
                .containsAll(List.of(
                        "case_ref",
                        "stage",
                        "is_open",
                        "opinion",
                        "adopted_on",
                        "opinion_due_date",
                        "recusals",
                        "votes")));
    }

    @Test
    void aRapporteurAppearsAsAnOpenAssignmentAndTheApplicationRoleMayRead() throws SQLException {
        String ref = Committee.newDossier();
        long review = Committee.refer(ref, "Institut Vues", null);
        String member = Committee.member("vue", "DAC_MEMBER");
        Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":"
                                + Committee.review("dacsecretary", review).getInt("version") + ",\"rapporteur\":\""
                                + member + "\",\"reason\":\"Vues\"}");
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT role, is_open FROM committee.report_assignment WHERE case_ref = ? AND username = ?")) {
            s.setString(1, "dossiers:" + ref);
            s.setString(2, member);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the rapporteur's assignment");
                assertEquals("RAPPORTEUR", rs.getString(1));
                assertTrue(rs.getBoolean(2));
            }
        }
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT has_table_privilege('vigie_app', 'committee.' || v, 'SELECT') FROM unnest(ARRAY['report_assignment',"
                                + " 'report_stage', 'report_review']) AS v")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(1), "SELECT granted to the application role");
                }
            }
        }
    }
}
