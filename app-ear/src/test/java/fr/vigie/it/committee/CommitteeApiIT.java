package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/committee}: referrals, roles (403), problems naming the field, conflicts. */
class CommitteeApiIT extends RunningVigie {

    @Test
    void aReferralCreatesOneReviewAndARepeatRefreshesIt() {
        String ref = Committee.newDossier();
        Api.Reply first = Api.as("instructor")
                .postJson(
                        "committee/referrals",
                        Committee.referralJson(ref, "Institut Exemple", Committee.uniqueSiren()));
        assertEquals(201, first.status(), first.toString());
        assertEquals("AWAITING_SESSION", first.json().getString("stage"));
        assertTrue(first.header("Location")
                .endsWith("/api/committee/reviews/" + first.json().getJsonNumber("id")));
        Api.Reply again = Api.as("instructor")
                .postJson("committee/referrals", Committee.referralJson(ref, "Institut Exemple", null));
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));

        Api.Reply status = Api.as("instructor").get("committee/referrals/status?dossier=dossiers:" + ref);
        assertEquals("AWAITING_SESSION", status.json().getString("stage"));
        JsonObject ready =
                Api.as("dacsecretary").get("committee/reviews/ready?limit=500").jsonStructure().asJsonArray().stream()
                        .map(v -> v.asJsonObject())
                        .filter(o -> o.getString("reference").equals(ref))
                        .findFirst()
                        .orElseThrow();
        assertEquals(25, ready.getInt("daysLeft"));
    }

    @Test
    void invalidReferralFieldsAreListedInAProblem() {
        Api.Reply r = Api.as("instructor")
                .postJson(
                        "committee/referrals",
                        "{\"dossier\":\"complaints:PL-1\",\"title\":\"\",\"applicantOrganisation\":\"\",\"opinionDueDate\":\"2026-12-01\"}");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(fields.containsAll(List.of("dossier", "title", "applicantOrganisation")), fields.toString());
    }

    @Test
    void aBadSirenIsRefusedOnItsField() {
        Api.Reply r = Api.as("instructor")
                .postJson(
                        "committee/referrals",
                        Committee.referralJson(Committee.newDossier(), "Institut Exemple", "732829321"));
        assertEquals(422, r.status(), r.toString());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("applicantSiren", error.getString("field"));
        assertTrue(error.getString("message").contains("Luhn"), error.toString());
    }

    @Test
    void aBadDateIsRefusedOnItsField() {
        Api.Reply r =
                Api.as("dacsecretary").postJson("committee/sessions", "{\"date\":\"2026-13-45\",\"title\":\"Séance\"}");
        assertEquals(422, r.status(), r.toString());
        assertEquals("date", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply past = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions",
                        "{\"date\":\"" + Committee.today().minusDays(1) + "\",\"title\":\"Séance\"}");
        assertEquals(422, past.status(), past.toString());
        assertEquals("date", past.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void eachRoleDoesOnlyItsPart() {
        String ref = Committee.newDossier();
        String json = Committee.referralJson(ref, "Institut Exemple", null);
        assertEquals(
                403, Api.as("dacmember").postJson("committee/referrals", json).status(), "members do not refer");
        assertEquals(
                403,
                Api.as("dacsecretary").postJson("committee/referrals", json).status());
        assertEquals(401, Api.anonymous().postJson("committee/referrals", json).status());
        long review = Committee.refer(ref, "Institut Exemple", null);

        String session = "{\"date\":\"" + Committee.today().plusDays(3) + "\",\"title\":\"Séance\"}";
        assertEquals(
                403, Api.as("dacmember").postJson("committee/sessions", session).status(), "members do not plan");
        assertEquals(
                403, Api.as("dacchair").postJson("committee/sessions", session).status(), "nor does the chair");
        assertEquals(403, Api.as("manager").get("committee/sessions").status());
        assertEquals(
                403,
                Api.as("instructor").get("committee/reviews/" + review).status(),
                "instructors do not read the deliberation");
        assertEquals(403, Api.as("handler").get("committee/my/reviews").status());
        assertEquals(403, Api.as("dacsecretary").get("committee/my/reviews").status(), "the secretary has no vote");
        assertEquals(
                403,
                Api.as("dacsecretary")
                        .postJson("committee/reviews/" + review + "/votes", "{\"choice\":\"FAVOURABLE\"}")
                        .status(),
                "the secretary does not vote");
        assertEquals(
                403,
                Api.as("dacmember")
                        .postJson(
                                "committee/reviews/" + review + "/casting-vote",
                                "{\"version\":0,\"kind\":\"FAVOURABLE\",\"reason\":\"x\"}")
                        .status(),
                "only the chair settles a tie");
        assertEquals(
                403,
                Api.as("dacmember")
                        .postJson("committee/reviews/" + review + "/adoption", "{\"version\":0}")
                        .status(),
                "members do not record the adoption");
        assertEquals(
                200, Api.as("dacsecretary").get("committee/reviews/" + review).status());
    }

    @Test
    void aStaleAgendaIsAConflictAndNothingIsLost() {
        long a = Committee.refer(Committee.newDossier(), "Institut A", null);
        long b = Committee.refer(Committee.newDossier(), "Institut B", null);
        JsonObject s = Committee.sessionWith(a);
        long id = s.getJsonNumber("id").longValue();
        int seen = s.getInt("version");
        Committee.secretary(id, "agenda", "{\"version\":" + seen + ",\"reviews\":[" + b + "," + a + "]}");
        Api.Reply stale = Api.as("dacsecretary")
                .postJson("committee/sessions/" + id + "/agenda", "{\"version\":" + seen + ",\"reviews\":[" + a + "]}");
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        JsonObject now = Api.as("dacsecretary").get("committee/sessions/" + id).json();
        assertEquals(
                List.of(b, a),
                now.getJsonArray("agenda").stream()
                        .map(v -> v.asJsonObject().getJsonNumber("reviewId").longValue())
                        .toList(),
                "the first change stands");
    }

    @Test
    void aDossierCannotSitOnTwoAgendas() {
        long a = Committee.refer(Committee.newDossier(), "Institut A", null);
        Committee.sessionWith(a);
        Api.Reply planned = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions",
                        "{\"date\":\"" + Committee.today().plusDays(10) + "\",\"title\":\"Autre séance\"}");
        JsonObject other = planned.json();
        Api.Reply r = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions/" + other.getJsonNumber("id") + "/agenda",
                        "{\"version\":" + other.getInt("version") + ",\"reviews\":[" + a + "]}");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.json().getString("detail").contains("not awaiting"), r.toString());
    }

    @Test
    void aWithdrawnDossierLeavesTheAgenda() {
        String ref = Committee.newDossier();
        long a = Committee.refer(ref, "Institut A", null);
        JsonObject s = Committee.sessionWith(a);
        Api.Reply r = Api.as("instructor")
                .postJson(
                        "committee/referrals/withdrawal",
                        "{\"dossier\":\"dossiers:" + ref
                                + "\",\"reason\":\"Demande retirée par le porteur de projet\"}");
        assertEquals(200, r.status(), r.toString());
        assertEquals("WITHDRAWN", r.json().getString("stage"));
        assertEquals(
                0,
                Api.as("dacsecretary")
                        .get("committee/sessions/" + s.getJsonNumber("id"))
                        .json()
                        .getJsonArray("agenda")
                        .size());
        String audit = Api.as("auditor")
                .get("audit?caseRef=dossiers:" + ref + "&size=20")
                .text();
        assertTrue(audit.contains("COMMITTEE_REVIEW_WITHDRAWN") && audit.contains("Demande retirée"), audit);
    }
}
