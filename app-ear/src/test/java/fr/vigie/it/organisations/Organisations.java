package fr.vigie.it.organisations;

import fr.vigie.it.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Helpers of the organisation directory's tests: fresh identifiers and names, a PUT. */
final class Organisations {
    static final String HEADER = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,"
            + "sexeUniteLegale,prenom1UniteLegale,prenomUsuelUniteLegale,etatAdministratifUniteLegale,"
            + "nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,categorieJuridiqueUniteLegale,"
            + "activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,"
            + "caractereEmployeurUniteLegale";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Organisations() {}

    /** A random, Luhn-valid SIREN (collisions between runs are unlikely, and each test uses its own). */
    static String uniqueSiren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                if (luhn(body + check)) {
                    return body + check;
                }
            }
        }
    }

    /** A head-office SIRET of {@code siren} that passes the check. */
    static String siretOf(String siren) {
        for (int nic = 10; nic < 100_000; nic++) {
            String siret = siren + String.format("%05d", nic);
            if (luhn(siret)) {
                return siret;
            }
        }
        throw new IllegalStateException(siren);
    }

    /** Six random letters, so that a test's names match its own searches only. */
    static String token() {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return t.toString();
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

    /** {@code PUT /api/<path>} as a demo user, optionally with {@code If-Match}. */
    static Api.Reply put(String baseUrl, String user, String path, String json, String ifMatch) {
        String basic =
                Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/api/" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Reply(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
