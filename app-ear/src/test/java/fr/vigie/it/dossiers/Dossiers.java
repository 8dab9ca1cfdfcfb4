package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for the dossier tests: unique SIRENs, applications created and acted on through the API. */
public final class Dossiers {
    public static final String INSTRUCTOR = "instructor";

    private Dossiers() {}

    public static String uniqueSiren() {
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

    /** A complete application as JSON (procedure and SIREN chosen by the test). */
    public static String applicationJson(String procedure, String siren, boolean submit) {
        return "{\"procedure\":\"" + procedure + "\",\"title\":\"Parcours de soins " + siren + "\","
                + "\"organisationName\":\"Institut " + siren + "\",\"organisationCountry\":\"FR\",\"siren\":\"" + siren
                + "\","
                + "\"publicBody\":false,\"principalInvestigator\":\"Dr Jeanne Martin\","
                + "\"namedPersons\":[\"Jeanne Martin\",\"Paul Durand\"],\"purpose\":\"E_SCIENTIFIC_RESEARCH\","
                + "\"purposeDescription\":\"Étudier les parcours de soins des patients diabétiques\","
                + "\"declarations\":[\"A_DETRIMENTAL_DECISIONS\",\"B_INSURANCE_AND_EMPLOYMENT\",\"C_ADVERTISING\","
                + "\"D_HARMFUL_PRODUCTS\",\"E_UNETHICAL_ACTIVITIES\"],\"dataSources\":\"SNDS (DCIR, PMSI)\","
                + "\"dataCategories\":\"Remboursements, séjours\",\"dataForm\":\""
                + ("EHDS_DATA_REQUEST".equals(procedure) ? "ANONYMISED" : "PSEUDONYMISED") + "\","
                + "\"dataFormJustification\":\"Chaînage des parcours\",\"ethicsAssessment\":\"Avis favorable du CER\","
                + "\"requestedMonths\":36,\"processingEnvironment\":\"CASD\",\"submit\":" + submit + "}";
    }

    public static JsonObject create(String procedure, boolean submit) {
        Api.Reply created = Api.as(INSTRUCTOR).postJson("dossiers", applicationJson(procedure, uniqueSiren(), submit));
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    public static JsonObject get(String reference) {
        Api.Reply r = Api.as(INSTRUCTOR).get("dossiers/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** Posts an act with the dossier's current version plus {@code extra} JSON members; expects 200. */
    public static JsonObject act(String reference, String act, String extra) {
        Api.Reply r = tryAct(INSTRUCTOR, reference, act, extra);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    public static Api.Reply tryAct(String user, String reference, String act, String extra) {
        long version = get(reference).getJsonNumber("version").longValue();
        return Api.as(user)
                .postJson(
                        "dossiers/" + reference + "/" + act,
                        "{\"version\":" + version + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}");
    }

    /** Moves a clock's due date into the past behind the application's back, as if time had passed. */
    public static void expire(long clockId) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement u = db.prepareStatement("UPDATE platform.clock SET due_date = ?, at_risk_from = ?, "
                        + "status = 'RUNNING' WHERE id = ?")) {
            u.setObject(1, LocalDate.now().minusDays(1));
            u.setObject(2, LocalDate.now().minusDays(2));
            u.setLong(3, clockId);
            assertEquals(1, u.executeUpdate());
        }
    }

    public static void runClockJob() {
        Api.Reply run = Api.as("admin").postJson("clocks/status-job/run", "");
        assertEquals(200, run.status(), run.toString());
    }
}
