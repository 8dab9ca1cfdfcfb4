package fr.vigie.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for the inspections tests: unique SIRENs and inspections driven through the API. */
final class Inspections {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private Inspections() {}

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

    static String openJson(String siren, String theme) {
        return "{\"origin\":\"PROGRAMME\",\"type\":\"ON_SITE\",\"theme\":\"" + theme + "\",\"year\":" + TODAY.getYear()
                + ",\"quarter\":4,\"organisationName\":\"Plateforme " + siren + " SAS\",\"organisationNumber\":\""
                + siren
                + "\",\"organisationCountry\":\"FR\",\"minors\":true,\"subject\":\"Recueil du consentement des mineurs\"}";
    }

    /** Opens an inspection as the head and returns its file. */
    static JsonObject open(String siren) {
        Api.Reply r = Api.as("head").postJson("inspections", openJson(siren, "MINORS"));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static JsonObject get(String reference) {
        Api.Reply r = Api.as("head").get("inspections/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static JsonObject act(String user, String reference, String act, String json) {
        Api.Reply r = Api.as(user).postJson("inspections/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    static String prepareJson(long version, String lead) {
        return "{\"version\":" + version + ",\"lead\":\"" + lead + "\",\"members\":[\"paul.inspecteur\"],"
                + "\"place\":\"Siège social, Paris\",\"visitDate\":\"" + TODAY.plusDays(7) + "\"}";
    }

    /** An inspection prepared with the demo inspector as lead and its mission order signed. */
    static JsonObject signed(String siren) {
        JsonObject i = open(siren);
        String ref = i.getString("reference");
        i = act("head", ref, "prepare", prepareJson(i.getInt("version"), "inspector"));
        return act("president", ref, "sign-mission-order", "{\"version\":" + i.getInt("version") + "}");
    }

    /** Conducted, minutes written with one serious finding, and notified. */
    static JsonObject notified(String siren) {
        JsonObject i = signed(siren);
        String ref = i.getString("reference");
        i = act(
                "inspector",
                ref,
                "conduct",
                "{\"version\":" + i.getInt("version") + ",\"conductedOn\":\"" + TODAY + "\"}");
        i = act(
                "inspector",
                ref,
                "minutes",
                "{\"version\":" + i.getInt("version")
                        + ",\"peopleMet\":\"La DPO, le directeur technique\",\"text\":\"Visite des locaux, examen du registre et des journaux.\"}");
        i = act(
                "inspector",
                ref,
                "findings",
                "{\"version\":" + i.getInt("version")
                        + ",\"article\":\"RGPD art. 8\",\"severity\":\"SERIOUS\",\"description\":\"Aucune vérification de l'âge à l'inscription\"}");
        return act("inspector", ref, "notify-minutes", "{\"version\":" + i.getInt("version") + "}");
    }

    /** A complaint lodged, qualified, assigned and closed as referred to inspection; returns its reference. */
    static String referredComplaint(String siren) {
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"Réseau "
                                + siren + "\",\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren
                                + "\",\"facts\":\"Le réseau social expose les profils des mineurs sans leur consentement.\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":3}");
        assertEquals(201, created.status(), created.toString());
        String complaint = created.json().getString("reference");
        int version = Api.as("handler").get("complaints/" + complaint).json().getInt("version");
        JsonObject c = complaintAct(complaint, "acknowledge", "{\"version\":" + version + "}");
        c = complaintAct(
                complaint,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        c = complaintAct(
                complaint,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"handler\",\"reason\":\"Portefeuille\"}");
        complaintAct(
                complaint,
                "close",
                "{\"version\":" + c.getInt("version")
                        + ",\"outcome\":\"REFERRED_TO_INSPECTION\",\"reason\":\"Manquements répétés, contrôle nécessaire\"}");
        return complaint;
    }

    private static JsonObject complaintAct(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }
}
