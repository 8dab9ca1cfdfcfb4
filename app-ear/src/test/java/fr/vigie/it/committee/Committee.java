package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Test data for the committee tests, made through the API as a real integration would: accounts by
 * the administrator, the roster by the secretary, referrals by the dossier instructor.
 */
public final class Committee {
    public static final String PASSWORD = "Comite-Test-2026!";
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    private Committee() {}

    /** The authority's today (sessions are planned and opened in its time zone). */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A new account with the role, appointed to the committee's roster (CHAIR for DAC_CHAIR). */
    public static String member(String prefix, String role) {
        String username = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        // A name as people write theirs ("Vue g05ihn"), not in capitals (which read as a code).
        String name = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " "
                + username.substring(prefix.length());
        Api.Reply user = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"roles\":[\""
                                + role
                                + "\"],\"password\":\"" + PASSWORD + "\",\"reason\":\"committee test\"}");
        assertEquals(201, user.status(), user.toString());
        Api.Reply appointed = Api.as("dacsecretary")
                .postJson(
                        "committee/members",
                        "{\"username\":\"" + username
                                + "\",\"displayName\":\"" + name + "\",\"function\":\""
                                + ("DAC_CHAIR".equals(role) ? "CHAIR" : "MEMBER")
                                + "\",\"reason\":\"Nommé par arrêté (test)\"}");
        assertEquals(201, appointed.status(), appointed.toString());
        return username;
    }

    public static Api as(String username) {
        return Api.as(username, PASSWORD);
    }

    /** A dossier reference no earlier test used: DA-YYYY-NNNNNN. */
    public static String newDossier() {
        return String.format("DA-%d-%06d", today().getYear(), NEXT.incrementAndGet());
    }

    public static String referralJson(String reference, String applicant, String siren) {
        return "{\"dossier\":\"dossiers:" + reference + "\",\"title\":\"Cohorte " + reference
                + "\",\"procedure\":\"NATIONAL\","
                + "\"purpose\":\"Art. 53(1)(e) recherche scientifique\",\"applicantOrganisation\":\"" + applicant
                + "\","
                + (siren == null ? "" : "\"applicantSiren\":\"" + siren + "\",")
                + "\"principalInvestigator\":\"Dr Jeanne Martin\",\"opinionDueDate\":\"" + today().plusDays(25) + "\","
                + "\"instructor\":\"instructor\"}";
    }

    /** Refers a dossier as the instructor; returns the review's id. */
    public static long refer(String reference, String applicant, String siren) {
        Api.Reply r = Api.as("instructor").postJson("committee/referrals", referralJson(reference, applicant, siren));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Plans a session today with the given agenda; returns the session. */
    public static JsonObject sessionWith(long... reviews) {
        Api.Reply planned = Api.as("dacsecretary")
                .postJson("committee/sessions", "{\"date\":\"" + today() + "\",\"title\":\"Séance de test\"}");
        assertEquals(201, planned.status(), planned.toString());
        JsonObject s = planned.json();
        StringBuilder ids = new StringBuilder();
        for (long id : reviews) {
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        return secretary(
                s.getJsonNumber("id").longValue(),
                "agenda",
                "{\"version\":" + s.getInt("version") + ",\"reviews\":[" + ids + "]}");
    }

    /** Convenes and opens the session with the attendees. */
    public static JsonObject convenedAndOpened(JsonObject session, Set<String> attendees) {
        long id = session.getJsonNumber("id").longValue();
        JsonObject s = secretary(id, "convocation", "{\"version\":" + session.getInt("version") + "}");
        StringBuilder names = new StringBuilder();
        for (String a : attendees) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(a).append('"');
        }
        return secretary(id, "opening", "{\"version\":" + s.getInt("version") + ",\"attendees\":[" + names + "]}");
    }

    public static JsonObject secretary(long session, String act, String json) {
        Api.Reply r = Api.as("dacsecretary").postJson("committee/sessions/" + session + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    public static JsonObject review(String username, long id) {
        Api.Reply r = (username.startsWith("dac") ? Api.as(username) : as(username)).get("committee/reviews/" + id);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public static Api.Reply vote(String username, long review, String choice, String remarks) {
        return as(username)
                .postJson(
                        "committee/reviews/" + review + "/votes",
                        "{\"choice\":\"" + choice + "\"" + (remarks == null ? "" : ",\"remarks\":\"" + remarks + "\"")
                                + "}");
    }

    /** A SIREN no earlier test used (random, valid Luhn). */
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

    /**
     * The text drawn in a PDF, roughly: every Flate stream inflated and read as Latin-1 (the standard
     * fonts' encoding). Enough to check that the minutes name who was there and what was decided.
     */
    public static String pdfText(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder text = new StringBuilder();
        int from = 0;
        while (true) {
            int start = raw.indexOf("stream", from);
            if (start < 0) {
                break;
            }
            int dataStart = raw.indexOf('\n', start) + 1;
            int end = raw.indexOf("endstream", dataStart);
            if (dataStart <= 0 || end < 0) {
                break;
            }
            byte[] data = raw.substring(dataStart, end).getBytes(StandardCharsets.ISO_8859_1);
            Inflater inflater = new Inflater();
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
                text.append(out.toString(StandardCharsets.ISO_8859_1));
            } catch (DataFormatException e) {
                text.append(raw, dataStart, end); // not compressed
            } finally {
                inflater.end();
            }
            from = end + "endstream".length();
        }
        return text.toString();
    }
}
