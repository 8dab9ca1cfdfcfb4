package fr.vigie.it.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Helpers of the sanctions ITs: people created per test, acts through the API, a unique SIREN. */
final class Sanctions {
    static final String PASSWORD = "Sanctions-Test-2026!";

    private Sanctions() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A new account holding the role. */
    static String person(String prefix, String role) {
        String username = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Api.Reply user = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\""
                                + prefix + " " + username.substring(prefix.length()) + "\",\"roles\":[\"" + role
                                + "\"],\"password\":\""
                                + PASSWORD + "\",\"reason\":\"sanctions test\"}");
        assertEquals(201, user.status(), user.toString());
        return username;
    }

    static Api as(String username) {
        return username.equals("president") || username.equals("admin") || username.equals("manager")
                ? Api.as(username)
                : Api.as(username, PASSWORD);
    }

    static String uniqueSiren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
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

    /** A notice or case body: the organisation, its group turnover of 1 billion euros, one breach of {@code article}. */
    static String organisationJson(String name, String siren, String article, String periodAmount, String periodUnit) {
        return "{\"organisationName\":\"" + name + "\",\"organisationNumber\":\"" + siren + "\",\"groupName\":\"" + name
                + " Group\",\"turnover\":1000000000,\"turnoverYear\":" + (today().getYear() - 1)
                + ",\"breaches\":[{\"article\":\""
                + article + "\",\"severity\":\"SERIOUS\",\"description\":\"Mots de passe en clair\"}],"
                + "\"measuresRequired\":\"Chiffrer les mots de passe\""
                + (periodAmount == null
                        ? ""
                        : ",\"periodAmount\":" + periodAmount + ",\"periodUnit\":\"" + periodUnit + "\"")
                + "}";
    }

    static JsonObject caseFile(String reference) {
        Api.Reply r = Api.as("manager").get("sanctions/cases/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static JsonObject noticeFile(String reference) {
        Api.Reply r = Api.as("manager").get("sanctions/notices/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** Does an act on a case as {@code user} with the version read now; returns the reply. */
    static Api.Reply tryCase(String user, String reference, String act, String fields) {
        long version = caseFile(reference).getJsonNumber("version").longValue();
        return as(user).postJson(
                        "sanctions/cases/" + reference + "/" + act,
                        "{\"version\":" + version + (fields == null || fields.isBlank() ? "" : "," + fields) + "}");
    }

    static JsonObject onCase(String user, String reference, String act, String fields) {
        Api.Reply r = tryCase(user, reference, act, fields);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    static Api.Reply tryNotice(String user, String reference, String act, String fields) {
        long version = noticeFile(reference).getJsonNumber("version").longValue();
        return as(user).postJson(
                        "sanctions/notices/" + reference + "/" + act,
                        "{\"version\":" + version + (fields == null || fields.isBlank() ? "" : "," + fields) + "}");
    }

    /** Moves the anonymisation day of a published decision into the past, as if two years had gone by. */
    static void anonymisationDayPassed(String reference) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE sanctions.sanction_case SET anonymise_on = current_date - 1 WHERE reference = ?")) {
            s.setString(1, reference);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** How many audit entries of the sanctions module record {@code action} on the case. */
    static int audited(String reference, String action) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM platform.audit_entry WHERE action = ? AND case_ref = ?")) {
            s.setString(1, action);
            s.setString(2, "sanctions:" + reference);
            var rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
