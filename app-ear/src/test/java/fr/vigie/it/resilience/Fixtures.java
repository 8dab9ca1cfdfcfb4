package fr.vigie.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import java.util.concurrent.ThreadLocalRandom;

/** Complaints created through the API for the resilience tests (unique SIRENs with a valid check digit). */
final class Fixtures {
    private Fixtures() {}

    /** Creates a complaint as the demo handler; returns its reference once acknowledged (201). */
    static String complaint() {
        return complaint(Api.as("handler"));
    }

    static String complaint(Api api) {
        String siren = siren();
        Api.Reply created = api.postJson(
                "complaints",
                "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                        + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"Boutique " + siren
                        + " SAS\","
                        + "\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren
                        + "\",\"facts\":\"Resilience test: personal data sent to a third party without consent\","
                        + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("reference");
    }

    static String siren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            String digits = body + check;
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(digits.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return digits;
            }
        }
        throw new IllegalStateException();
    }
}
