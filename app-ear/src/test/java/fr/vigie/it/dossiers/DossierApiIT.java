package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/dossiers}: an EHDS application from draft to permit, its clocks, errors as problem+json. */
class DossierApiIT extends RunningVigie {

    private static List<String> policies(String reference) {
        JsonArray clocks = Api.as("instructor")
                .get("dossiers/" + reference + "/clocks")
                .jsonStructure()
                .asJsonArray();
        return clocks.stream()
                .map(v -> v.asJsonObject().getString("policyCode") + ":"
                        + v.asJsonObject().getString("state"))
                .toList();
    }

    private static JsonObject clock(String reference, String policy) {
        JsonArray clocks = Api.as("instructor")
                .get("dossiers/" + reference + "/clocks")
                .jsonStructure()
                .asJsonArray();
        return clocks.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("policyCode").equals(policy))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void anEhdsApplicationGoesFromDraftToPermitWithItsClocks() {
        JsonObject draft = Dossiers.create("EHDS_ACCESS_APPLICATION", false);
        String ref = draft.getString("reference");
        assertTrue(ref.matches("DA-\\d{4}-\\d{6,}"), ref);
        assertEquals("DRAFT", draft.getString("status"));

        JsonObject submitted = Dossiers.act(ref, "submit", null);
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals("COMPLETENESS", submitted.getString("stage"));
        assertEquals(
                List.of("DOSSIER_COMPLETENESS_CHECK:RUNNING"),
                policies(ref),
                "the instructor's completeness check runs; no decision clock before the application is complete");
        JsonObject check = clock(ref, "DOSSIER_COMPLETENESS_CHECK");
        assertEquals(LocalDate.now().toString(), check.getString("startEvent"));
        assertEquals(
                Api.as("instructor")
                        .get("clocks/calculate?policy=DOSSIER_COMPLETENESS_CHECK&start=" + LocalDate.now())
                        .json()
                        .getString("lastDay"),
                check.getString("dueDate"),
                "10 working days");
        assertEquals(check.getString("dueDate"), Dossiers.get(ref).getString("stageDueOn"), "the work list's due date");

        JsonObject incomplete = Dossiers.act(ref, "incomplete", "\"missing\":\"Protocole de recherche\"");
        assertEquals("INCOMPLETE", incomplete.getString("status"));
        assertEquals(
                List.of("DOSSIER_COMPLETENESS_CHECK:MET", "EHDS_ART_67_COMPLETE_APPLICATION:RUNNING"),
                policies(ref).stream().sorted().toList(),
                "the check is met; the applicant's 4 weeks run, the decision clock does not");
        assertFalse(
                incomplete.getJsonObject("progress").containsKey("startedOn")
                        && !incomplete.getJsonObject("progress").isNull("startedOn"),
                "the 8-month target has not started");

        Dossiers.act(ref, "submit", null);
        assertEquals("MET", clock(ref, "EHDS_ART_67_COMPLETE_APPLICATION").getString("state"));
        assertEquals("RUNNING", clock(ref, "DOSSIER_COMPLETENESS_CHECK").getString("state"), "a new check");
        JsonObject complete = Dossiers.act(ref, "complete", null);
        assertEquals("MET", clock(ref, "DOSSIER_COMPLETENESS_CHECK").getString("state"));
        assertEquals("DECISION_PENDING", complete.getString("status"));
        assertEquals(LocalDate.now().toString(), complete.getString("completeOn"));
        JsonObject targetClock = clock(ref, "EHDS_TARGET_PSEUDONYMISED_ACCESS");
        assertEquals(
                targetClock.getString("dueDate"),
                complete.getJsonObject("progress").getString("targetOn"),
                "the target shown is its clock's last day");
        assertEquals(LocalDate.now().toString(), targetClock.getString("startEvent"));
        JsonObject decisionClock = clock(ref, "EHDS_ART_68_4_PERMIT_DECISION");
        assertEquals("RUNNING", decisionClock.getString("state"));
        assertEquals(LocalDate.now().toString(), decisionClock.getString("startEvent"));
        assertEquals("RUNNING", clock(ref, "EHDS_TARGET_PSEUDONYMISED_ACCESS").getString("state"));
        String dueBefore = decisionClock.getString("dueDate");

        JsonObject extended =
                Dossiers.act(ref, "decision/extend", "\"reason\":\"Appariement de trois bases à expertiser\"");
        assertTrue(extended.getJsonObject("decision").getBoolean("extended"));
        String dueAfter = clock(ref, "EHDS_ART_68_4_PERMIT_DECISION").getString("dueDate");
        assertTrue(dueAfter.compareTo(dueBefore) > 0, dueBefore + " -> " + dueAfter);
        assertEquals(
                422,
                Dossiers.tryAct("instructor", ref, "decision/extend", "\"reason\":\"encore\"")
                        .status(),
                "only one extension");

        Dossiers.act(ref, "fee", "\"amount\":2400.50,\"currency\":\"EUR\"");
        Api.Reply notAccepted = Dossiers.tryAct(
                "instructor", ref, "grant", "\"expiresOn\":\"" + LocalDate.now().plusYears(3) + "\"");
        assertEquals(422, notAccepted.status(), notAccepted.toString());
        Dossiers.act(ref, "fee/accept", null);
        Api.Reply tooLong = Dossiers.tryAct(
                "instructor",
                ref,
                "grant",
                "\"expiresOn\":\"" + LocalDate.now().plusYears(10).plusDays(1) + "\"");
        assertEquals(422, tooLong.status());
        assertEquals(
                "expiresOn",
                tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject granted = Dossiers.act(
                ref,
                "grant",
                "\"expiresOn\":\"" + LocalDate.now().plusYears(3) + "\",\"conditions\":\"Aucune réidentification\"");
        assertEquals("DATA_PREPARATION", granted.getString("status"));
        assertEquals("GRANTED", granted.getJsonObject("decision").getString("kind"));
        String permit = granted.getJsonObject("permit").getString("document");
        Api.Reply pdf = Api.as("instructor").get("documents/" + permit);
        assertEquals(200, pdf.status());
        assertTrue(pdf.text().startsWith("%PDF"), "the permit is a PDF");
        assertEquals("MET", clock(ref, "EHDS_ART_68_4_PERMIT_DECISION").getString("state"));
        for (String started : List.of(
                "EHDS_ART_57_1_J_PUBLICATION",
                "EHDS_ART_60_2_DATA_HOLDER_DELIVERY",
                "EHDS_ART_68_12_PERMIT_DURATION")) {
            assertTrue(
                    List.of("RUNNING", "AT_RISK").contains(clock(ref, started).getString("state")), started);
        }
        assertEquals(
                LocalDate.now().plusYears(3).toString(),
                clock(ref, "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST").getString("startEvent"),
                "the extension request is counted back from the expiry");

        JsonObject published = Dossiers.act(ref, "publish", null);
        assertEquals(
                LocalDate.now().toString(), published.getJsonObject("decision").getString("publishedOn"));
        assertEquals("MET", clock(ref, "EHDS_ART_57_1_J_PUBLICATION").getString("state"));

        Dossiers.act(ref, "delivered", "\"on\":\"" + LocalDate.now() + "\"");
        assertEquals("MET", clock(ref, "EHDS_ART_60_2_DATA_HOLDER_DELIVERY").getString("state"));
        assertEquals("RUNNING", clock(ref, "EHDS_ART_68_7_DATA_AVAILABILITY").getString("state"));
        JsonObject available = Dossiers.act(ref, "available", "\"on\":\"" + LocalDate.now() + "\"");
        assertEquals("DATA_AVAILABLE", available.getString("status"));
        assertEquals("MET", clock(ref, "EHDS_TARGET_PSEUDONYMISED_ACCESS").getString("state"));
        List<String> stages = available.getJsonArray("stages").stream()
                .map(v -> v.asJsonObject().getString("stage"))
                .toList();
        assertEquals(List.of("COMPLETENESS", "DECISION", "DATA_HOLDER", "AVAILABILITY"), stages);

        JsonObject extendedPermit = Dossiers.act(
                ref,
                "permit/extend",
                "\"expiresOn\":\"" + LocalDate.now().plusYears(5) + "\",\"reason\":\"Suivi de cohorte prolongé\"");
        assertTrue(extendedPermit.getJsonObject("permit").getBoolean("extended"));
        assertEquals(
                "MET", clock(ref, "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST").getString("state"));
        // the permit-term clock follows the permit's new term (not 10 years, not whole months)
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.now(), LocalDate.now().plusYears(5));
        assertEquals(
                Api.as("instructor")
                        .get("clocks/calculate?amount=" + days + "&unit=days&start=" + LocalDate.now())
                        .json()
                        .getString("lastDay"),
                clock(ref, "EHDS_ART_68_12_PERMIT_DURATION").getString("dueDate"));
        assertTrue(Api.as("auditor").get("audit?caseRef=dossiers:" + ref).text().contains("DOSSIER_PERMIT_EXTENDED"));
    }

    @Test
    void theStatusAndClocksOfAnApplicationCanBeQueried() {
        String ref = Dossiers.create("EHDS_DATA_REQUEST", true).getString("reference");
        JsonObject file = Dossiers.get(ref);
        assertEquals("SUBMITTED", file.getString("status"));
        assertEquals("EHDS_DATA_REQUEST", file.getString("procedure"));
        Dossiers.act(ref, "complete", null);
        assertEquals(
                List.of(
                        "DOSSIER_COMPLETENESS_CHECK:MET",
                        "EHDS_ART_69_4_DATA_REQUEST_DECISION:RUNNING",
                        "EHDS_TARGET_ANONYMISED_ACCESS:RUNNING"),
                policies(ref).stream().sorted().toList());
        assertEquals(200, Api.as("manager").get("dossiers/" + ref + "/clocks").status(), "managers read");
        JsonObject page = Api.as("manager").get("dossiers?q=" + ref).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(ref, page.getJsonArray("rows").getJsonObject(0).getString("reference"));
        assertEquals("DECISION", page.getJsonArray("rows").getJsonObject(0).getString("stage"));
    }

    /**
     * Art. 69(4): 3 months to assess a data request, not extendable, then — once the data holder has
     * delivered — 3 months to provide the anonymised result, the third step behind the 9-month target.
     */
    @Test
    void aDataRequestIsAssessedThenItsResultProvidedEachWithinThreeMonths() {
        String ref = Dossiers.create("EHDS_DATA_REQUEST", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        Api.Reply extension = Dossiers.tryAct("instructor", ref, "decision/extend", "\"reason\":\"Requête complexe\"");
        assertEquals(422, extension.status(), "the assessment's 3 months are not extendable: " + extension);
        Dossiers.act(ref, "grant", "\"expiresOn\":\"" + LocalDate.now().plusYears(1) + "\"");
        Dossiers.act(ref, "delivered", "\"on\":\"" + LocalDate.now() + "\"");
        JsonObject result = clock(ref, "EHDS_ART_69_4_DATA_REQUEST_RESULT");
        assertEquals("RUNNING", result.getString("state"));
        assertEquals("3 months", result.getString("period"));
        assertEquals(LocalDate.now().toString(), result.getString("startEvent"));
        Dossiers.act(ref, "available", "\"on\":\"" + LocalDate.now() + "\"");
        assertEquals("MET", clock(ref, "EHDS_ART_69_4_DATA_REQUEST_RESULT").getString("state"));
        assertEquals("MET", clock(ref, "EHDS_TARGET_ANONYMISED_ACCESS").getString("state"));
    }

    @Test
    void aSubmissionWithMissingAnswersNamesEveryFieldAndCreatesNothing() {
        String siren = Dossiers.uniqueSiren();
        Api.Reply r = Api.as("instructor")
                .postJson(
                        "dossiers",
                        "{\"procedure\":\"EHDS_ACCESS_APPLICATION\","
                                + "\"title\":\"Projet " + siren + "\",\"siren\":\"" + siren
                                + "\",\"purpose\":\"A_PUBLIC_HEALTH\","
                                + "\"submit\":true}");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(
                fields.containsAll(List.of(
                        "purpose",
                        "organisationName",
                        "principalInvestigator",
                        "namedPersons",
                        "declarations",
                        "dataSources",
                        "ethicsAssessment")),
                fields.toString());
        assertTrue(r.text().contains("53(2)"), "the public-body restriction is explained");
        assertEquals(0, Api.as("instructor").get("dossiers?q=" + siren).json().getInt("total"), "nothing was created");
    }

    @Test
    void badValuesAreProblemsNamingTheirField() {
        Api.Reply siren =
                Api.as("instructor").postJson("dossiers", "{\"procedure\":\"NATIONAL\",\"siren\":\"732829321\"}");
        assertEquals(422, siren.status(), siren.toString());
        assertEquals(
                "siren", siren.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(siren.json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("message")
                .contains("Luhn"));

        Api.Reply procedure = Api.as("instructor").postJson("dossiers", "{\"procedure\":\"BOGUS\"}");
        assertEquals(422, procedure.status());
        assertEquals(
                "procedure",
                procedure.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply missing = Api.as("instructor").postJson("dossiers", "{\"title\":\"x\"}");
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertTrue(missing.text().contains("procedure"), missing.text());

        Api.Reply malformed = Api.as("instructor").postJson("dossiers", "{\"procedure\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        long version = Dossiers.get(ref).getJsonNumber("version").longValue();
        Api.Reply stale =
                Api.as("instructor").postJson("dossiers/" + ref + "/complete", "{\"version\":" + (version - 1) + "}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("SUBMITTED", Dossiers.get(ref).getString("status"));
    }

    @Test
    void aWithdrawalStopsTheClocks() {
        String ref = Dossiers.create("EHDS_ACCESS_APPLICATION", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        JsonObject withdrawn = Dossiers.act(ref, "withdraw", "\"reason\":\"Redevances trop élevées\"");
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertTrue(
                policies(ref).stream()
                        .allMatch(p -> p.endsWith(":STOPPED") || p.equals("DOSSIER_COMPLETENESS_CHECK:MET")),
                policies(ref).toString());

        String unchecked = Dossiers.create("NATIONAL", true).getString("reference");
        Dossiers.act(unchecked, "withdraw", "\"reason\":\"Projet abandonné\"");
        assertEquals(List.of("DOSSIER_COMPLETENESS_CHECK:STOPPED"), policies(unchecked), "withdrawn before the check");
    }

    @Test
    void aRefusalIsPublishedWithItsReasonsInThePublicRegister() {
        JsonObject created = Dossiers.create("EHDS_ACCESS_APPLICATION", true);
        String ref = created.getString("reference");
        JsonObject before = Api.anonymous().get("public/register?q=" + ref).json();
        assertEquals(1, before.getInt("total"), "an application is published as soon as it is submitted");
        assertFalse(before.getJsonArray("entries").getJsonObject(0).containsKey("decision"), "no decision yet");

        Dossiers.act(ref, "complete", null);
        Dossiers.act(ref, "refuse", "\"reasons\":\"Finalité hors du champ de l'art. 53\"");
        assertEquals("RUNNING", clock(ref, "EHDS_ART_57_1_J_PUBLICATION").getString("state"));
        JsonObject notYet = Api.anonymous()
                .get("public/register?q=" + ref)
                .json()
                .getJsonArray("entries")
                .getJsonObject(0);
        assertFalse(notYet.containsKey("decision"), "a decision appears once published");
        Dossiers.act(ref, "publish", null);
        JsonObject entry = Api.anonymous()
                .get("public/register?q=" + ref)
                .json()
                .getJsonArray("entries")
                .getJsonObject(0);
        assertEquals("REFUSED", entry.getString("decision"));
        assertEquals("Finalité hors du champ de l'art. 53", entry.getString("reasons"));
        String text = Api.anonymous().get("public/register?q=" + ref).text();
        assertFalse(text.contains("Jeanne Martin"), "no personal data in the register");
        assertFalse(text.contains("Paul Durand"));
        assertEquals(
                created.getJsonObject("application").getString("organisationName"),
                entry.getString("organisation"),
                "the applicant organisation (a legal person) is named");
    }
}
