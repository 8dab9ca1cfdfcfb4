package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 7: a review linked to the directory (as the backfill links it) recuses by directory id first. A
 * member whose declaration names the same directory record, spelt otherwise, is recused; a member whose
 * declaration names another directory record under the same name key is not (two ids are two
 * organisations), where the name rule alone would have recused them.
 */
class CommitteeDirectoryRecusalIT extends RunningVigie {

    @Test
    void theSameDirectoryIdRecusesAndAnotherIdWithTheSameNameDoesNot() throws SQLException {
        String sameRecord = Committee.member("dirsame", "DAC_MEMBER");
        String namesake = Committee.member("dirhomo", "DAC_MEMBER");
        String applicantSiren = Committee.uniqueSiren();
        String applicant = "Institut Homonyme " + applicantSiren;
        // the applicant is known to the directory under its SIREN
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + applicantSiren + "\",\"name\":\"" + applicant + "\",\"legalForm\":\"5710\"}");
        assertEquals(201, registered.status(), registered.toString());
        long applicantId =
                registered.json().getJsonObject("summary").getJsonNumber("id").longValue();

        // referred without SIREN (the snapshot as the dossier gave it), then linked by the backfill
        long review = Committee.refer(Committee.newDossier(), applicant, null);
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement u =
                        db.prepareStatement("UPDATE committee.review SET organisation_id = ? WHERE id = ?")) {
            u.setLong(1, applicantId);
            u.setLong(2, review);
            assertEquals(1, u.executeUpdate());
        }

        // another spelling, by SIREN: enrolled to the same directory record
        declare(
                sameRecord,
                "{\"organisationName\":\"IHO (site de Lyon)\",\"siren\":\"" + applicantSiren
                        + "\",\"nature\":\"Consultant\"}");
        // the same name key, another SIREN: another directory record
        String otherSiren = Committee.uniqueSiren();
        declare(
                namesake,
                "{\"organisationName\":\"INSTITUT HOMONYME " + applicantSiren + " SA\",\"siren\":\"" + otherSiren
                        + "\",\"nature\":\"Consultant\"}");
        assertEquals(2, linkedInterests(List.of(sameRecord, namesake)), "both declarations are linked");

        List<String> recused = Committee.review("dacsecretary", review).getJsonArray("recusals").stream()
                .map(JsonValue::asJsonObject)
                .map(r -> r.getString("username"))
                .toList();
        assertEquals(List.of(sameRecord), recused);
        assertEquals(
                403, Committee.as(sameRecord).get("committee/reviews/" + review).status());
        assertEquals(
                200, Committee.as(namesake).get("committee/reviews/" + review).status());
    }

    @Test
    void aReferralWithTheApplicantsSirenIsLinkedToTheDirectoryAtOnce() throws SQLException {
        String siren = Committee.uniqueSiren();
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + siren + "\",\"name\":\"Centre Lié " + siren + "\",\"legalForm\":\"5710\"}");
        assertEquals(201, registered.status(), registered.toString());
        long applicantId =
                registered.json().getJsonObject("summary").getJsonNumber("id").longValue();

        // spelt otherwise in the dossier: the SIREN decides, no backfill needed
        long review = Committee.refer(Committee.newDossier(), "Centre Lie, site de Lyon", siren);

        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        db.prepareStatement("SELECT organisation_id FROM committee.review WHERE id = ?")) {
            q.setLong(1, review);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertEquals(applicantId, r.getLong(1));
            }
        }
    }

    private static void declare(String member, String json) {
        Api.Reply declared = Committee.as(member).postJson("committee/members/me/interests", json);
        assertEquals(201, declared.status(), declared.toString());
    }

    private static int linkedInterests(List<String> members) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        db.prepareStatement("SELECT count(DISTINCT i.organisation_id) FROM committee.interest i"
                                + " JOIN committee.member m ON m.id = i.member_id WHERE m.username = ANY(?)"
                                + " AND i.organisation_id IS NOT NULL")) {
            q.setArray(1, db.createArrayOf("text", members.toArray()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
