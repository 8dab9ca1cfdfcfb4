package fr.vigie.it.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/organisations}: the SIRENE stock import (a small file the test writes, imported twice),
 * search with and without accents, registration and correction with optimistic locking.
 */
class OrganisationDirectoryIT extends RunningVigie {

    @Test
    void importsAStockFileIdempotentlyAndReportsBadRowsByLine() throws IOException {
        String token = Organisations.token();
        String company = Organisations.uniqueSiren();
        String person = Organisations.uniqueSiren();
        String hidden = Organisations.uniqueSiren();
        Path file = Files.createTempFile("StockUniteLegale-", ".csv");
        Files.writeString(
                file,
                Organisations.HEADER + "\n"
                        + company + ",O,,2001-05-03,,,,A,,,\"Société Générale d'Éclairage " + token
                        + "\",5710,27.40Z,NAFRev2,"
                        + Organisations.siretOf(company).substring(9) + ",O\n"
                        + person + ",O,,2015-01-01,M,Lucien,,A,GARNIER,,,1000,43.21A,NAFRev2,,N\n"
                        + "123456789,O,,,,,,A,,,Mauvaise clé " + token + ",5710,62.01Z,NAFRev2,,O\n"
                        + hidden + ",P,,2019-01-01,F,Albertine,,A,SECRETNOM" + token + ",,,1000,85.59A,NAFRev2,,N\n"
                        + company.substring(0, 8) + ",O,,,,,,A,,,Trop courte,5710,62.01Z,NAFRev2,,O\n",
                StandardCharsets.UTF_8);

        Api.Reply first = Api.as("admin")
                .post(
                        "organisations/sirene-import?filename=" + file.getFileName(),
                        "text/csv",
                        Files.readAllBytes(file));
        assertEquals(200, first.status(), first.toString());
        JsonObject report = first.json();
        assertEquals(5, report.getInt("rows"), report.toString());
        assertEquals(3, report.getInt("inserted"), report.toString());
        assertEquals(0, report.getInt("updated"), report.toString());
        assertEquals(2, report.getInt("rejected"), report.toString());
        JsonArray rejections = report.getJsonArray("rejections");
        assertEquals(4, rejections.getJsonObject(0).getInt("line"));
        assertEquals("import.reject.sirenChecksum", rejections.getJsonObject(0).getString("reason"));
        assertEquals(6, rejections.getJsonObject(1).getInt("line"));
        assertEquals("import.reject.sirenFormat", rejections.getJsonObject(1).getString("reason"));

        JsonObject again = Api.as("admin")
                .post("organisations/sirene-import", "text/csv", Files.readAllBytes(file))
                .json();
        assertEquals(0, again.getInt("inserted"), again.toString());
        assertEquals(0, again.getInt("updated"), again.toString());
        assertEquals(3, again.getInt("unchanged"), again.toString());
        assertEquals(2, again.getInt("rejected"), again.toString());

        JsonObject bySiren = single(Api.as("handler").get("organisations?siren=" + company));
        assertEquals("Société Générale d'Éclairage " + token, bySiren.getString("name"));
        assertEquals("27.40Z", bySiren.getString("naf"));
        assertEquals(
                "Lucien GARNIER",
                single(Api.as("handler").get("organisations?siren=" + person)).getString("name"));

        Api.Reply partly = Api.as("handler").get("organisations?siren=" + hidden);
        JsonObject partlyPublic = single(partly);
        // JSON-B leaves null members out: no name at all.
        assertTrue(!partlyPublic.containsKey("name") || partlyPublic.isNull("name"), partly.toString());
        assertTrue(partlyPublic.getBoolean("partlyPublic"));
        assertFalse(partly.text().contains("SECRETNOM"), partly.text());
        assertFalse(partly.text().contains("Albertine"), partly.text());
        assertEquals(
                0,
                Api.as("handler")
                        .get("organisations?q=secretnom" + token)
                        .json()
                        .getInt("total"));

        Files.delete(file);
    }

    @Test
    void onlyAnAdministratorImports() {
        Api.Reply r = Api.as("handler").post("organisations/sirene-import", "text/csv", "siren\n".getBytes());
        assertEquals(403, r.status(), r.toString());
        Api.Reply badHeader =
                Api.as("admin").post("organisations/sirene-import", "text/csv", "siren,nom\n1,2\n".getBytes());
        assertEquals(422, badHeader.status(), badHeader.toString());
        assertTrue(badHeader.contentType().startsWith("application/problem+json"), badHeader.toString());
    }

    @Test
    void searchesByNameIgnoringAccentsAndCaseBySirenOrSiretAndBySector() {
        String token = Organisations.token();
        String siren = Organisations.uniqueSiren();
        String siret = Organisations.siretOf(siren);
        register("handler", siren, siret, "Crèmerie Hélène-Éloïse " + token, "85.59A");

        for (String q : List.of(
                "crèmerie hélène-éloïse " + token,
                "CREMERIE HELENE ELOISE " + token,
                "eloise " + token,
                "Éloïse " + token,
                "merie hel")) {
            Api.Reply r = Api.as("auditor").get("organisations?q=" + enc(q) + "&limit=100");
            assertEquals(200, r.status(), r.toString());
            assertTrue(
                    r.json().getJsonArray("rows").stream()
                            .anyMatch(o -> siren.equals(o.asJsonObject().getString("siren"))),
                    q + " -> " + r.text());
        }
        assertEquals(
                0,
                Api.as("auditor")
                        .get("organisations?q=" + enc("cremerie " + token + "x"))
                        .json()
                        .getInt("total"));
        assertEquals(
                siren,
                single(Api.as("auditor").get("organisations?siren=" + siret)).getString("siren"));
        assertEquals(
                siren,
                single(Api.as("auditor").get("organisations?q=" + token + "&naf=85.59"))
                        .getString("siren"));
        assertEquals(
                0,
                Api.as("auditor")
                        .get("organisations?q=" + token + "&naf=62")
                        .json()
                        .getInt("total"));

        Api.Reply badSiren = Api.as("auditor").get("organisations?siren=123456789");
        assertEquals(422, badSiren.status(), badSiren.toString());
        Api.Reply badNaf = Api.as("auditor").get("organisations?naf=abc");
        assertEquals(422, badNaf.status(), badNaf.toString());
    }

    @Test
    void registersAndCorrectsWithTheVersionRead() {
        String token = Organisations.token();
        String siren = Organisations.uniqueSiren();
        JsonObject created = register("inspector", siren, null, "Clinique du Parc " + token, "86.10Z");
        long id = created.getJsonObject("summary").getJsonNumber("id").longValue();
        long v0 = created.getJsonObject("summary").getJsonNumber("version").longValue();

        Api.Reply duplicate = Api.as("inspector").postJson("organisations", json(siren, null, "Autre " + token, null));
        assertEquals(422, duplicate.status(), duplicate.toString());
        assertTrue(duplicate.text().contains("siren"), duplicate.toString());

        Api.Reply corrected = Organisations.put(
                baseUrl(),
                "handler",
                "organisations/" + id,
                "{\"siren\":\"" + siren + "\",\"name\":\"Clinique du Parc SAS " + token
                        + "\",\"naf\":\"86.10Z\",\"contactName\":\"DPO\",\"contactEmail\":\"dpo@parc.example\","
                        + "\"version\":" + v0 + ",\"reason\":\"Dénomination au Kbis\"}",
                null);
        assertEquals(200, corrected.status(), corrected.toString());
        JsonObject after = corrected.json();
        assertEquals(
                "Clinique du Parc SAS " + token, after.getJsonObject("summary").getString("name"));
        assertEquals("dpo@parc.example", after.getString("contactEmail"));
        long v1 = after.getJsonObject("summary").getJsonNumber("version").longValue();
        assertTrue(v1 > v0);

        Api.Reply stale = Organisations.put(
                baseUrl(),
                "handler",
                "organisations/" + id,
                "{\"siren\":\"" + siren + "\",\"name\":\"Écrasement " + token + "\",\"version\":" + v0
                        + ",\"reason\":\"Version périmée\"}",
                null);
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.contentType().startsWith("application/problem+json"), stale.toString());
        Api.Reply staleByHeader = Organisations.put(
                baseUrl(),
                "handler",
                "organisations/" + id,
                "{\"siren\":\"" + siren + "\",\"name\":\"Écrasement " + token + "\",\"reason\":\"Version périmée\"}",
                "\"" + v0 + "\"");
        assertEquals(409, staleByHeader.status(), staleByHeader.toString());

        Api.Reply bad = Organisations.put(
                baseUrl(),
                "handler",
                "organisations/" + id,
                "{\"siren\":\"123456789\",\"name\":\"\",\"naf\":\"8610\",\"version\":" + v1 + "}",
                null);
        assertEquals(422, bad.status(), bad.toString());
        String problem = bad.text();
        for (String field : List.of("reason", "siren", "name", "naf")) {
            assertTrue(problem.contains("\"" + field + "\""), field + " in " + problem);
        }

        Api.Reply turnover = Api.as("handler")
                .postJson(
                        "organisations/" + id + "/turnovers",
                        "{\"version\":" + v1 + ",\"financialYear\":2025,\"amount\":12500000.50,\"currency\":\"EUR\"}");
        assertEquals(200, turnover.status(), turnover.toString());
        assertEquals(
                2025, turnover.json().getJsonArray("turnovers").getJsonObject(0).getInt("financialYear"));
        long v2 = turnover.json()
                .getJsonObject("summary")
                .getJsonNumber("version")
                .longValue();
        Api.Reply noReason = Api.as("handler")
                .postJson(
                        "organisations/" + id + "/turnovers",
                        "{\"version\":" + v2 + ",\"financialYear\":2025,\"amount\":13000000}");
        assertEquals(422, noReason.status(), "replacing a figure needs a reason: " + noReason);
        Api.Reply replaced = Api.as("handler")
                .postJson(
                        "organisations/" + id + "/turnovers",
                        "{\"version\":" + v2
                                + ",\"financialYear\":2025,\"amount\":13000000,\"reason\":\"Comptes certifiés\"}");
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals(1, replaced.json().getJsonArray("turnovers").size(), replaced.toString());
        assertEquals(
                0,
                replaced.json()
                        .getJsonArray("turnovers")
                        .getJsonObject(0)
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("13000000")),
                replaced.toString());

        Api.Reply read = Api.as("auditor").get("organisations/" + id);
        assertEquals(200, read.status(), read.toString());
        assertEquals("\"" + read.json().getJsonObject("summary").getJsonNumber("version") + "\"", read.header("ETag"));

        Api.Reply forbidden =
                Api.as("auditor").postJson("organisations", json(Organisations.uniqueSiren(), null, "X", null));
        assertEquals(403, forbidden.status(), forbidden.toString());
    }

    private static JsonObject register(String user, String siren, String siret, String name, String naf) {
        Api.Reply r = Api.as(user).postJson("organisations", json(siren, siret, name, naf));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String json(String siren, String siret, String name, String naf) {
        return "{\"siren\":\"" + siren + "\"," + (siret == null ? "" : "\"headOfficeSiret\":\"" + siret + "\",")
                + "\"name\":\"" + name + "\",\"legalForm\":\"5710\"" + (naf == null ? "" : ",\"naf\":\"" + naf + "\"")
                + "}";
    }

    private static JsonObject single(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        JsonArray rows = r.json().getJsonArray("rows");
        assertEquals(1, rows.size(), r.text());
        return rows.getJsonObject(0);
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
