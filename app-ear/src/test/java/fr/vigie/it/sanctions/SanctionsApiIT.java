package fr.vigie.it.sanctions;

import static fr.vigie.it.sanctions.Sanctions.as;
import static fr.vigie.it.sanctions.Sanctions.caseFile;
import static fr.vigie.it.sanctions.Sanctions.onCase;
import static fr.vigie.it.sanctions.Sanctions.person;
import static fr.vigie.it.sanctions.Sanctions.today;
import static fr.vigie.it.sanctions.Sanctions.tryCase;
import static fr.vigie.it.sanctions.Sanctions.tryNotice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The sanctions API end to end: a formal notice not complied with → ordinary procedure → report →
 * reply → hearing → deliberation where the rapporteur cannot vote → a fine over its cap refused,
 * a lawful one adopted → publication → anonymisation by the system task; the simplified procedure;
 * who may read and act.
 */
class SanctionsApiIT extends RunningVigie {

    @Test
    void aFormalNoticesChosenPeriodIsTheOneItsClockCounts() {
        String siren = Sanctions.uniqueSiren();
        Api.Reply prepared = as("president")
                .postJson(
                        "sanctions/notices",
                        Sanctions.organisationJson("Délai choisi " + siren, siren, "RGPD art. 32", "45", "days"));
        assertEquals(201, prepared.status(), prepared.toString());
        String notice = prepared.json().getString("reference");
        assertEquals(200, tryNotice("president", notice, "sign", null).status());
        // 45 days chosen in the notice (at least 10, décret 2019-536 art. 38), not the 3-month default.
        String expected = as("president")
                .get("clocks/calculate?amount=45&unit=days&start=" + today())
                .json()
                .getString("lastDay");
        assertEquals(expected, Sanctions.noticeFile(notice).getString("dueOn"));
    }

    @Test
    void formalNoticeNotCompliedToPublishedThenAnonymisedDecision() throws SQLException {
        String siren = Sanctions.uniqueSiren();
        String name = "Acme Santé " + siren;
        Api.Reply tooShort = as("president")
                .postJson("sanctions/notices", Sanctions.organisationJson(name, siren, "RGPD art. 5", "9", "days"));
        assertEquals(422, tooShort.status(), tooShort.toString());
        assertTrue(tooShort.text().contains("periodAmount"), tooShort.text());

        Api.Reply prepared = as("president")
                .postJson("sanctions/notices", Sanctions.organisationJson(name, siren, "RGPD art. 5", null, null));
        assertEquals(201, prepared.status(), prepared.toString());
        String notice = prepared.json().getString("reference");
        assertEquals(200, tryNotice("president", notice, "sign", null).status());
        JsonObject signed = Sanctions.noticeFile(notice);
        assertEquals("RUNNING", signed.getString("status"));
        // Three months from today; a period ending on a Saturday, Sunday or public holiday ends on the
        // next working day (Reg. 1182/71 art. 3(4)), so the date depends on the day the test runs.
        java.time.LocalDate threeMonths = today().plusMonths(3);
        java.time.LocalDate due = java.time.LocalDate.parse(signed.getString("dueOn"));
        assertTrue(
                !due.isBefore(threeMonths) && !due.isAfter(threeMonths.plusDays(4)),
                "due " + due + " for three months from " + today());
        assertTrue(due.getDayOfWeek().getValue() <= 5, "due on a working day: " + due);
        if (threeMonths.getDayOfWeek().getValue() <= 5 && !due.equals(threeMonths)) {
            // Only a public holiday may move a weekday's end.
            assertTrue(due.isAfter(threeMonths), "due " + due);
        }
        assertFalse(signed.getString("letterDocument").isBlank());
        Api.Reply notComplied = tryNotice("president", notice, "not-complied", "\"reason\":\"Toujours en clair\"");
        assertEquals(200, notComplied.status(), notComplied.toString());
        String ref = notComplied.json().getString("sanctionCase");

        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        String m1 = person("mem", "SANCTIONS_MEMBER");
        String m2 = person("mem", "SANCTIONS_MEMBER");
        String interested = person("mem", "SANCTIONS_MEMBER");

        onCase("president", ref, "refer", "\"reason\":\"Mise en demeure non respectée\"");
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        assertEquals(
                403, tryCase(chair, ref, "notify-report", null).status(), "only the rapporteur notifies the report");
        JsonObject notified = onCase(rapporteur, ref, "notify-report", null);
        assertEquals(today().plusMonths(1).toString(), notified.getString("replyDueOn"));
        onCase(rapporteur, ref, "record-reply", "\"receivedOn\":\"" + today() + "\"");
        onCase(rapporteur, ref, "answer", "\"summary\":\"Réponse du rapporteur\"");

        Api.Reply early = tryCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(10) + "\"");
        assertEquals(422, early.status(), early.toString());
        assertTrue(early.text().contains("hearingOn"), early.text());
        onCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(20) + "\"");
        JsonObject heard = onCase(
                chair,
                ref,
                "hold-hearing",
                "\"attendance\":\"Conseil de la société\"," + "\"minutes\":\"Procès-verbal de la séance\"");
        assertTrue(heard.getBoolean("hearingPublic"));

        assertEquals(
                204,
                as(interested)
                        .postJson(
                                "sanctions/interests",
                                "{\"organisationNumber\":\"" + siren + "\",\"description\":\"Ancien salarié\"}")
                        .status());
        Api.Reply recused =
                tryCase(chair, ref, "open-deliberation", "\"present\":[\"" + m1 + "\",\"" + interested + "\"]");
        assertEquals(403, recused.status(), recused.toString());
        Api.Reply rapporteurSits =
                tryCase(chair, ref, "open-deliberation", "\"present\":[\"" + m1 + "\",\"" + rapporteur + "\"]");
        assertEquals(403, rapporteurSits.status(), rapporteurSits.toString());
        onCase(chair, ref, "open-deliberation", "\"present\":[\"" + m1 + "\",\"" + m2 + "\"]");

        Api.Reply rapporteurVotes = tryCase(rapporteur, ref, "vote", "\"inFavour\":true");
        assertEquals(403, rapporteurVotes.status(), rapporteurVotes.toString());
        assertTrue(Sanctions.audited(ref, "SANCTION_DUTY_REFUSED") >= 3, "each refusal is audited");
        onCase(chair, ref, "vote", "\"inFavour\":true");
        onCase(m1, ref, "vote", "\"inFavour\":true");
        onCase(m2, ref, "vote", "\"inFavour\":false");

        Api.Reply overCap = tryCase(chair, ref, "adopt-decision", decision("40000001"));
        assertEquals(422, overCap.status(), overCap.toString());
        assertTrue(overCap.text().contains("\"fine\"") && overCap.text().contains("83(5)"), overCap.text());
        JsonObject decided = onCase(chair, ref, "adopt-decision", decision("40000000"));
        assertEquals("DECIDED", decided.getString("status"));
        assertFalse(decided.getString("decisionDocument").isBlank());
        Api.Reply pdf = Api.as("manager").get("documents/" + decided.getString("decisionDocument"));
        assertEquals(200, pdf.status(), "managers read the decision PDF");
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());

        Api.Reply activity = Api.as("manager").get("sanctions/activity");
        assertEquals(200, activity.status(), activity.toString());
        assertTrue(activity.text().contains("RGPD art. 5"), activity.text());

        JsonObject notifiedDecision = onCase(chair, ref, "notify-decision", null);
        assertTrue(notifiedDecision.getJsonArray("clocks").stream()
                .map(c -> c.asJsonObject().getString("policyCode"))
                .anyMatch("CONSEIL_ETAT_APPEAL"::equals));
        JsonObject published = onCase(chair, ref, "publish", null);
        assertEquals(today().plusYears(2).toString(), published.getString("anonymiseOn"));
        assertTrue(Api.anonymous().get("public/sanctions?limit=200").text().contains(name));

        Sanctions.anonymisationDayPassed(ref);
        Api.Reply run = Api.as("admin").postJson("sanctions/anonymisation", "{}");
        assertEquals(200, run.status(), run.toString());
        assertTrue(run.json().getInt("anonymised") >= 1, run.toString());
        String register = Api.anonymous().get("public/sanctions?limit=200").text();
        assertFalse(register.contains(name), "the name is gone from the published version");
        assertTrue(register.contains(ref));
        assertEquals(today().toString(), caseFile(ref).getString("anonymisedOn"));
    }

    @Test
    void simplifiedProcedureChairAloneLowerCapNeverPublished() {
        String siren = Sanctions.uniqueSiren();
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        Api.Reply opened = as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Petit Commerce " + siren, siren, "RGPD art. 13", null, null));
        assertEquals(201, opened.status(), opened.toString());
        String ref = opened.json().getString("reference");
        onCase("president", ref, "refer", "\"reason\":\"Manquement simple\"");
        onCase(chair, ref, "choose-simplified", "\"reason\":\"Faits simples\"");
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        onCase(rapporteur, ref, "notify-report", null);
        onCase(chair, ref, "record-reply", null);
        Api.Reply over = tryCase(chair, ref, "decide-alone", fineOnly("20001"));
        assertEquals(422, over.status(), over.toString());
        assertTrue(over.text().contains("22-1"), over.text());
        JsonObject decided = onCase(chair, ref, "decide-alone", fineOnly("20000"));
        assertEquals("SIMPLIFIED", decided.getString("procedure"));
        assertFalse(decided.getJsonArray("acts").toString().contains("PUBLISH"));
        assertEquals(422, tryCase(chair, ref, "publish", null).status());
    }

    @Test
    void anOrganisationEstablishedAbroadHasFourMonthsToAppeal() {
        String siren = Sanctions.uniqueSiren();
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        String body = Sanctions.organisationJson("Gesundheit GmbH " + siren, siren, "RGPD art. 32", null, null)
                .replaceFirst("^\\{", "{\"establishedAbroad\":true,");
        Api.Reply opened = as("president").postJson("sanctions/cases", body);
        assertEquals(201, opened.status(), opened.toString());
        String ref = opened.json().getString("reference");
        assertTrue(caseFile(ref).getJsonObject("organisation").getBoolean("establishedAbroad"));
        onCase("president", ref, "refer", "\"reason\":\"Manquement simple\"");
        onCase(chair, ref, "choose-simplified", "\"reason\":\"Faits simples\"");
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        onCase(rapporteur, ref, "notify-report", null);
        onCase(chair, ref, "record-reply", null);
        onCase(chair, ref, "decide-alone", fineOnly("10000"));

        JsonObject notified = onCase(chair, ref, "notify-decision", null);
        JsonObject appeal = notified.getJsonArray("clocks").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("policyCode").startsWith("CONSEIL_ETAT_APPEAL"))
                .findFirst()
                .orElseThrow();
        assertEquals("CONSEIL_ETAT_APPEAL_ABROAD", appeal.getString("policyCode"), appeal.toString());
        // Four months from notification, carried to the next working day by Reg. 1182/71 art. 3(4).
        LocalDate due = LocalDate.parse(appeal.getString("dueDate"));
        assertFalse(due.isBefore(today().plusMonths(4)), appeal.toString());
        assertTrue(due.isBefore(today().plusMonths(4).plusDays(5)), appeal.toString());
    }

    @Test
    void managersReadOthersAreRefusedThePublicRegisterIsOpen() {
        String siren = Sanctions.uniqueSiren();
        Api.Reply opened = as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Lecture " + siren, siren, "RGPD art. 32", null, null));
        String ref = opened.json().getString("reference");
        assertEquals(200, Api.as("manager").get("sanctions/cases/" + ref).status());
        assertEquals(200, Api.as("manager").get("sanctions?q=" + siren).status());
        assertEquals(
                1,
                Api.as("manager")
                        .get("sanctions?q=" + siren)
                        .json()
                        .getJsonNumber("total")
                        .intValue());
        assertEquals(403, tryCase("manager", ref, "refer", "\"reason\":\"x\"").status());
        assertEquals(403, Api.as("handler").get("sanctions/cases/" + ref).status());
        assertEquals(401, Api.anonymous().get("sanctions").status());
        assertEquals(200, Api.anonymous().get("public/sanctions").status());
        Api.Reply stale =
                as("president").postJson("sanctions/cases/" + ref + "/refer", "{\"version\":99,\"reason\":\"x\"}");
        assertEquals(409, stale.status(), stale.toString());
    }

    private static String fineOnly(String fine) {
        return "\"measures\":[{\"type\":\"FINE\",\"fine\":" + fine + "}],\"decisionReasons\":\"Manquement simple\"";
    }

    private static String decision(String fine) {
        return "\"measures\":[{\"type\":\"FINE\",\"fine\":" + fine + "},{\"type\":\"INJUNCTION\",\"description\":"
                + "\"Chiffrer les mots de passe\",\"penaltyPerDay\":1000,\"complianceOn\":\"" + today().plusMonths(3)
                + "\"}],\"decisionReasons\":\"Manquement grave et durable\"";
    }
}
