package fr.vigie.it.sanctions;

import static fr.vigie.it.sanctions.Sanctions.onCase;
import static fr.vigie.it.sanctions.Sanctions.person;
import static fr.vigie.it.sanctions.Sanctions.today;
import static fr.vigie.it.sanctions.Sanctions.tryCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The hearing notice period is a configurable policy ({@code HEARING_NOTICE}, 15 days by default):
 * a hearing date that leaves less than the period in force is refused on its field, and an
 * administrator's revision of the period is what the refusal follows.
 */
class SanctionsHearingNoticeIT extends RunningVigie {
    private static final String POLICY = "HEARING_NOTICE";

    @Test
    void aHearingLeavingLessThanTheNoticePeriodInForceIsRefused() {
        JsonObject policy = policy();
        assertTrue(policy.getBoolean("configurable"), "the notice period is practice an administrator may revise");
        assertEquals(15, policy.getInt("periodAmount"), "15 days by default");
        int version = policy.getInt("version");

        String siren = Sanctions.uniqueSiren();
        Api.Reply opened = Sanctions.as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Convocation " + siren, siren, "RGPD art. 32", null, null));
        assertEquals(201, opened.status(), opened.toString());
        String ref = opened.json().getString("reference");
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        onCase("president", ref, "refer", "\"reason\":\"Manquement\"");
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        onCase(rapporteur, ref, "notify-report", null);
        onCase(rapporteur, ref, "record-reply", "\"receivedOn\":\"" + today() + "\"");
        onCase(rapporteur, ref, "decline-answer", null);

        Api.Reply tooSoon = tryCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(14) + "\"");
        assertEquals(422, tooSoon.status(), tooSoon.toString());
        assertTrue(tooSoon.text().contains("hearingOn"), tooSoon.text());

        revise(version, 20, "Délai de convocation porté à 20 jours");
        try {
            Api.Reply refused =
                    tryCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(18) + "\"");
            assertEquals(422, refused.status(), "18 days leave less than the 20 now in force: " + refused);
            assertTrue(refused.text().contains("hearingOn"), refused.text());
            // counted back from the hearing, the period may end a day or two earlier on a weekend
            assertTrue(
                    refused.text().matches("(?s).* 2[0-2] (jours|days) (avant|before).*"),
                    "the message names the period in force: " + refused.text());
        } finally {
            // back to the release's period, so that the other tests schedule as usual
            revise(version + 1, 15, "Retour au délai de 15 jours");
        }
        JsonObject scheduled = onCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(18) + "\"");
        assertEquals("HEARING_SCHEDULED", scheduled.getString("status"), "18 days are enough under 15");
    }

    private static void revise(int version, int days, String reason) {
        Api.Reply revised = Api.as("admin")
                .postJson(
                        "clocks/policies/" + POLICY + "/period",
                        "{\"version\":" + version + ",\"amount\":" + days + ",\"unit\":\"days\",\"reason\":\"" + reason
                                + "\"}");
        assertEquals(200, revised.status(), revised.toString());
    }

    private static JsonObject policy() {
        return Api.as("admin").get("clocks/policies").jsonStructure().asJsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("code").equals(POLICY))
                .findFirst()
                .orElseThrow();
    }
}
