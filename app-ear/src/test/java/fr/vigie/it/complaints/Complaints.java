package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for the complaints tests: unique SIRENs (valid Luhn) and complaints created through the API. */
final class Complaints {
    private Complaints() {}

    /** A SIREN no earlier run has used (random, with a valid Luhn check digit). */
    static String uniqueSiren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String digits) {
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

    static String intakeJson(String siren, String facts, String key) {
        return "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\",\"complainantEmail\":\"claire.martin@example.fr\","
                + "\"organisationName\":\"Boutique " + siren + " SAS\",\"organisationCountry\":\"FR\","
                + "\"organisationIdentifier\":\"" + siren + "\",\"facts\":\"" + facts + "\","
                + "\"categories\":[\"MARKETING\",\"ACCESS_RIGHT\"],\"peopleAffected\":1"
                + (key == null ? "" : ",\"submissionKey\":\"" + key + "\"") + "}";
    }

    /** Creates a complaint as the demo handler and returns its file. */
    static JsonObject create(String siren, String facts) {
        Api.Reply created = Api.as("handler").postJson("complaints", intakeJson(siren, facts, null));
        assertEquals(201, created.status(), created.toString());
        return get(created.json().getString("reference"));
    }

    static JsonObject get(String reference) {
        Api.Reply r = Api.as("handler").get("complaints/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static JsonObject act(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    /** Brings a new complaint to "assigned to handler". */
    static JsonObject assigned(String siren, String facts) {
        JsonObject c = create(siren, facts);
        String ref = c.getString("reference");
        c = act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
        c = act(
                ref,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        return act(
                ref,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"handler\",\"reason\":\"Portefeuille\"}");
    }
}
