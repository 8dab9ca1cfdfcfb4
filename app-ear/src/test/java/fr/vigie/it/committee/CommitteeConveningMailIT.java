package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.SmtpSink;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Convening a session: every member of the roster gets an in-application notification, and, mail
 * being enabled in the test configuration, one e-mail reaches the SMTP server with the members as
 * blind copies, naming the session and its agenda but nothing of the dossiers' contents.
 */
class CommitteeConveningMailIT extends RunningVigie {

    /** A committee member whose account has an e-mail address. */
    private static String memberWithMail(String prefix) {
        String username = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Api.Reply user = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\""
                                + "Membre " + username + "\",\"email\":\"" + username
                                + "@example.org\",\"roles\":[\"DAC_MEMBER\"],"
                                + "\"password\":\"" + Committee.PASSWORD + "\",\"reason\":\"committee mail test\"}");
        assertEquals(201, user.status(), user.toString());
        Api.Reply appointed = Api.as("dacsecretary")
                .postJson(
                        "committee/members",
                        "{\"username\":\"" + username + "\",\"displayName\":\"Membre " + username
                                + "\",\"function\":\"MEMBER\",\"reason\":\"Nommé (test)\"}");
        assertEquals(201, appointed.status(), appointed.toString());
        return username;
    }

    private static int notifications(String username, String key) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT COUNT(*) FROM platform.notification WHERE recipient = ? AND message_key = ?")) {
            q.setString(1, username);
            q.setString(2, key);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void convenedMembersAreNotifiedAndMailedOnce() throws Exception {
        try (SmtpSink sink = new SmtpSink(SmtpSink.configuredPort())) {
            String anna = memberWithMail("anna");
            String boris = memberWithMail("boris");
            String dossier = Committee.newDossier();
            long review = Committee.refer(dossier, "Clinique Secrète", null);
            JsonObject session = Committee.sessionWith(review);
            long id = session.getJsonNumber("id").longValue();
            String reference = session.getString("reference");

            Committee.secretary(id, "convocation", "{\"version\":" + session.getInt("version") + "}");

            SmtpSink.Received mail = sink.await(m -> m.data().contains(reference), Duration.ofSeconds(30));
            assertTrue(
                    mail.recipients().containsAll(List.of(anna + "@example.org", boris + "@example.org")),
                    "both members in the envelope: " + mail.recipients());
            assertFalse(
                    mail.data().contains(anna + "@example.org"), "blind copies: no member's address in the headers");
            assertTrue(mail.data().contains(dossier), "the agenda names the dossier");
            assertFalse(mail.data().contains("Clinique"), "nothing of the dossier's contents");
            assertEquals(1, notifications(anna, "committee.notify.convened"));
            assertEquals(1, notifications(boris, "committee.notify.convened"));
        }
    }
}
