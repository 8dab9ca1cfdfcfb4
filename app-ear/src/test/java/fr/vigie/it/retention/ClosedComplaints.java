package fr.vigie.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Complaints made through the API and closed, then moved back in time: the retention schedule counts
 * in years, and a test cannot wait for them. Only {@code closed_on} is moved (as the superuser), the
 * one date the schedule reads.
 */
final class ClosedComplaints {
    private ClosedComplaints() {}

    /** A complaint by this person, closed with this outcome, with a reason naming them. */
    static String closed(String name, String email, String outcome) {
        String reference = open(name, email);
        JsonObject c = act(reference, "acknowledge", "{\"version\":" + version(reference) + "}");
        c = act(
                reference,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        c = act(
                reference,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"handler\",\"reason\":\"Portefeuille\"}");
        act(
                reference,
                "close",
                "{\"version\":" + c.getInt("version") + ",\"outcome\":\"" + outcome
                        + "\",\"reason\":\"Entretien téléphonique avec " + name + " : conforme\"}");
        return reference;
    }

    /** A complaint by this person, just received. */
    static String open(String name, String email) {
        String siren = uniqueSiren();
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"" + name + "\",\"complainantEmail\":\"" + email
                                + "\",\"complainantAddress\":\"12 rue des Tilleuls, 69003 Lyon\","
                                + "\"organisationName\":\"Librairie " + siren + "\",\"organisationCountry\":\"FR\","
                                + "\"organisationIdentifier\":\"" + siren + "\",\"facts\":\"" + name
                                + " reçoit des courriels après s’être désinscrite.\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("reference");
    }

    static JsonObject file(String reference) {
        Api.Reply r = Api.as("handler").get("complaints/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** Moves the complaint's closure this many months back. */
    static void closedMonthsAgo(String reference, int months) throws SQLException {
        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement s = su.prepareStatement("UPDATE complaints.complaint SET closed_on = current_date - "
                        + "make_interval(months => ?) WHERE reference = ?")) {
            s.setInt(1, months);
            s.setString(2, reference);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** A unique e-mail address, so that a search finds this test's complaints only. */
    static String uniqueEmail(String who) {
        return who + "." + System.nanoTime() + "@example.fr";
    }

    private static int version(String reference) {
        return file(reference).getInt("version");
    }

    private static JsonObject act(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    private static String uniqueSiren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                String siren = body + check;
                if (luhn(siren)) {
                    return siren;
                }
            }
        }
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
