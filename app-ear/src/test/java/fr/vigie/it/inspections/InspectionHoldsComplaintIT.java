package fr.vigie.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complaint referred to inspection is held by the retention schedule (a legal hold « dossier lié
 * encore ouvert ») while the inspection it opened is open, and released when that inspection closes.
 */
class InspectionHoldsComplaintIT extends RunningVigie {
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @Test
    void theComplaintIsHeldUntilTheInspectionCloses() {
        String siren = Inspections.uniqueSiren();
        String complaint = Inspections.referredComplaint(siren);
        JsonArray opened = Api.as("head")
                .get("inspections/from?origin=complaints:" + complaint)
                .jsonStructure()
                .asJsonArray();
        String inspection = ((JsonString) opened.get(0)).getString();
        List<JsonObject> held = holdsOn(complaint);
        assertEquals(1, held.size(), held.toString());
        assertEquals("LINKED_CASE", held.get(0).getString("kind"));
        assertTrue(held.get(0).getString("reason").contains(inspection), held.toString());

        JsonObject i = Inspections.get(inspection);
        i = Inspections.act("head", inspection, "prepare", Inspections.prepareJson(i.getInt("version"), "inspector"));
        i = Inspections.act("president", inspection, "sign-mission-order", "{\"version\":" + i.getInt("version") + "}");
        i = Inspections.act(
                "inspector",
                inspection,
                "conduct",
                "{\"version\":" + i.getInt("version") + ",\"conductedOn\":\"" + Inspections.TODAY + "\"}");
        i = Inspections.act(
                "inspector",
                inspection,
                "minutes",
                "{\"version\":" + i.getInt("version")
                        + ",\"peopleMet\":\"Le délégué à la protection des données\",\"text\":\"Examen du registre des traitements et des journaux.\"}");
        i = Inspections.act(
                "inspector",
                inspection,
                "findings",
                "{\"version\":" + i.getInt("version")
                        + ",\"article\":\"RGPD art. 21\",\"severity\":\"MINOR\",\"description\":\"Opposition prise en compte tardivement\"}");
        i = Inspections.act("inspector", inspection, "notify-minutes", "{\"version\":" + i.getInt("version") + "}");
        Api.Reply observations = Api.as("inspector")
                .post(
                        "inspections/" + inspection + "/observations?version=" + i.getInt("version") + "&receivedOn="
                                + Inspections.TODAY + "&filename=observations.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(200, observations.status(), observations.toString());
        Inspections.act(
                "head",
                inspection,
                "close",
                "{\"version\":" + observations.json().getInt("version")
                        + ",\"outcome\":\"NO_ACTION\",\"reason\":\"Aucun manquement constaté\"}");

        assertEquals(List.of(), holdsOn(complaint), "the hold is released with the inspection's closure");
        String audit = Api.as("auditor")
                .get("audit?caseRef=complaints:" + complaint + "&size=100")
                .text();
        assertTrue(audit.contains("LEGAL_HOLD_PLACED") && audit.contains("LEGAL_HOLD_RELEASED"), audit);
    }

    private static List<JsonObject> holdsOn(String complaint) {
        return Api.as("admin").get("retention/holds").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonObject("caseRef").getString("reference").equals(complaint))
                .toList();
    }
}
