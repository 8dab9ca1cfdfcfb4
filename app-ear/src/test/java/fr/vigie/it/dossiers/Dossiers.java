package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * Lets a clock's period really run out about a week ago: the administrator corrects its start
     * event (the act was in fact done earlier than recorded), as staff would through the API,
     * audited as a correction. The period then expires by the calendar and the platform announces
     * it like any expiry. Only a week: a period that follows it (the authority's two months after
     * the committee's silence) starts from its last day and is still running.
     */
    public static void expire(long clockId) {
        JsonObject clock = Api.as("admin").get("clocks/" + clockId).json();
        LocalDate start = LocalDate.parse(clock.getString("startEvent"));
        LocalDate due = LocalDate.parse(clock.getString("dueDate"));
        LocalDate earlier = start.minusDays(ChronoUnit.DAYS.between(start, due) + 7);
        Api.Reply corrected = Api.as("admin")
                .postJson(
                        "clocks/" + clockId + "/correct",
                        "{\"version\":" + clock.getJsonNumber("version").longValue() + ",\"startEvent\":\"" + earlier
                                + "\",\"reason\":\"Acte daté à tort du jour de sa saisie (test)\"}");
        assertEquals(200, corrected.status(), corrected.toString());
        assertTrue(
                LocalDate.parse(corrected.json().getString("dueDate")).isBefore(LocalDate.now()),
                "the period ran out: " + corrected);
    }

    public static void runClockJob() {
        Api.Reply run = Api.as("admin").postJson("clocks/status-job/run", "");
        assertEquals(200, run.status(), run.toString());
    }
}
