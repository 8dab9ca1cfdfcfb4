package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session from agenda to minutes: a member with a declared interest is recused (403 on the
 * dossier, vote refused, recorded and in the minutes), a tie is settled by the chair, the opinion
 * is adopted and nobody votes afterwards.
 */
class CommitteeDeliberationIT extends RunningVigie {
    private static String alice;
    private static String bruno;
    private static String chloe;
    private static String chair;

    @BeforeAll
    static void roster() {
        alice = Committee.member("alice", "DAC_MEMBER");
        bruno = Committee.member("bruno", "DAC_MEMBER");
        chloe = Committee.member("chloe", "DAC_MEMBER");
        chair = Committee.member("presid", "DAC_CHAIR");
    }

    private static Set<String> everyone() {
        return new LinkedHashSet<>(List.of(alice, bruno, chloe, chair));
    }

    /**
     * An interest declared after the agenda was set recuses the member at their next vote: the
     * recusal is detected before the vote is taken, and the tally counts from the same recusals.
     */
    @Test
    void anInterestDeclaredDuringTheSessionRecusesTheMemberBeforeTheirVote() {
        String siren = Committee.uniqueSiren();
        String ref = Committee.newDossier();
        long review = Committee.refer(ref, "Laboratoire " + siren, siren);
        JsonObject withRapporteur = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":"
                                + Committee.review("dacsecretary", review).getInt("version") + ",\"rapporteur\":\""
                                + alice + "\",\"reason\":\"Spécialité\"}")
                .json();
        assertEquals(
                200,
                Committee.as(alice)
                        .postJson(
                                "committee/reviews/" + review + "/draft",
                                "{\"version\":" + withRapporteur.getInt("version")
                                        + ",\"kind\":\"FAVOURABLE\",\"reasoning\":\"Finalité d’intérêt public.\"}")
                        .status());
        JsonObject session = Committee.convenedAndOpened(Committee.sessionWith(review), everyone());
        assertEquals("IN_PROGRESS", session.getString("status"));
        assertEquals(4, tally(review).getInt("eligible"), "nobody is recused yet");

        Api.Reply declared = Committee.as(chloe)
                .postJson(
                        "committee/members/me/interests",
                        "{\"organisationName\":\"Laboratoire " + siren + "\",\"siren\":\"" + siren
                                + "\",\"nature\":\"Consultante rémunérée\"}");
        assertEquals(201, declared.status(), declared.toString());

        Api.Reply refused = Committee.vote(chloe, review, "FAVOURABLE", null);
        assertEquals(403, refused.status(), "recused at the vote: " + refused);
        assertEquals(200, Committee.vote(alice, review, "FAVOURABLE", null).status());
        JsonObject tally = tally(review);
        assertEquals(3, tally.getInt("eligible"), "the recused member is not counted: " + tally);
        assertEquals(
                chloe,
                Committee.review("dacsecretary", review)
                        .getJsonArray("recusals")
                        .getJsonObject(0)
                        .getString("username"));
    }

    private static JsonObject tally(long review) {
        return Committee.as(chair).get("committee/reviews/" + review + "/tally").json();
    }

    @Test
    void aRecusedMemberNeitherSeesNorVotesAndTheChairSettlesTheTie() {
        String siren = Committee.uniqueSiren();
        String applicant = "Centre Hospitalier " + siren;
        // Bruno declares, by name only, an interest in the applicant (which the dossier identifies by SIREN too)
        Api.Reply declared = Committee.as(bruno)
                .postJson(
                        "committee/members/me/interests",
                        "{\"organisationName\":\"CENTRE HOSPITALIER " + siren
                                + " SA\",\"nature\":\"Membre du conseil scientifique\"}");
        assertEquals(201, declared.status(), declared.toString());
        String ref = Committee.newDossier();
        long review = Committee.refer(ref, applicant, siren);

        JsonObject asSecretary = Committee.review("dacsecretary", review);
        assertEquals(
                bruno, asSecretary.getJsonArray("recusals").getJsonObject(0).getString("username"));
        assertEquals(403, Committee.as(bruno).get("committee/reviews/" + review).status(), "no access to the dossier");
        assertTrue(
                Committee.as(bruno).get("committee/my/reviews").json().getJsonArray("rows").stream()
                        .noneMatch(
                                v -> v.asJsonObject().getJsonNumber("reviewId").longValue() == review),
                "not in his list");

        Api.Reply recusedRapporteur = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":" + asSecretary.getInt("version") + ",\"rapporteur\":\"" + bruno
                                + "\",\"reason\":\"Spécialité\"}");
        assertEquals(422, recusedRapporteur.status(), recusedRapporteur.toString());
        assertEquals(
                "rapporteur",
                recusedRapporteur.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject withRapporteur = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":" + asSecretary.getInt("version") + ",\"rapporteur\":\"" + alice
                                + "\",\"reason\":\"Spécialité\"}")
                .json();
        Api.Reply draft = Committee.as(alice)
                .postJson(
                        "committee/reviews/" + review + "/draft",
                        "{\"version\":" + withRapporteur.getInt("version")
                                + ",\"kind\":\"FAVOURABLE\",\"reasoning\":\"Intérêt public établi ; données minimisées.\"}");
        assertEquals(200, draft.status(), draft.toString());

        JsonObject session = Committee.convenedAndOpened(Committee.sessionWith(review), everyone());
        long sessionId = session.getJsonNumber("id").longValue();
        assertEquals("IN_PROGRESS", session.getString("status"));

        Api.Reply refused = Committee.vote(bruno, review, "FAVOURABLE", null);
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"));

        Api.Reply noReasons = Committee.vote(chloe, review, "UNFAVOURABLE", null);
        assertEquals(422, noReasons.status(), noReasons.toString());
        assertEquals(
                "remarks",
                noReasons.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(
                200,
                Committee.vote(alice, review, "FAVOURABLE_WITH_RESERVATIONS", "Durée de conservation limitée à 5 ans")
                        .status());
        assertEquals(
                200,
                Committee.vote(chloe, review, "UNFAVOURABLE", "Risque de réidentification")
                        .status());
        assertEquals(200, Committee.vote(chair, review, "ABSTENTION", null).status());

        JsonObject tally = Committee.as(chair)
                .get("committee/reviews/" + review + "/tally")
                .json();
        assertEquals(3, tally.getInt("eligible"), "Bruno is present but recused");
        assertTrue(tally.getBoolean("tie"), tally.toString());

        JsonObject beforeCasting = Committee.review("dacsecretary", review);
        Api.Reply tooEarly = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/adoption",
                        "{\"version\":" + beforeCasting.getInt("version") + "}");
        assertEquals(422, tooEarly.status(), tooEarly.toString());
        assertTrue(tooEarly.json().getString("detail").contains("casting vote"), tooEarly.toString());

        Api.Reply casting = Committee.as(chair)
                .postJson(
                        "committee/reviews/" + review + "/casting-vote",
                        "{\"version\":" + beforeCasting.getInt("version")
                                + ",\"kind\":\"FAVOURABLE_WITH_RESERVATIONS\","
                                + "\"reason\":\"Voix prépondérante du président\"}");
        assertEquals(200, casting.status(), casting.toString());

        Api.Reply adopted = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/adoption",
                        "{\"version\":" + casting.json().getInt("version") + "}");
        assertEquals(200, adopted.status(), adopted.toString());
        assertEquals("OPINION_ADOPTED", adopted.json().getString("stage"));
        assertEquals("FAVOURABLE_WITH_RESERVATIONS", adopted.json().getString("opinionKind"));
        assertEquals(
                "Intérêt public établi ; données minimisées.", adopted.json().getString("opinionReasoning"));
        assertEquals("Durée de conservation limitée à 5 ans", adopted.json().getString("opinionReservations"));

        Api.Reply late = Committee.vote(chloe, review, "FAVOURABLE", null);
        assertEquals(422, late.status(), "no vote after adoption: " + late);

        JsonObject status = Api.as("instructor")
                .get("committee/referrals/status?dossier=dossiers:" + ref)
                .json();
        assertEquals("OPINION_ADOPTED", status.getString("stage"));
        assertEquals("FAVOURABLE_WITH_RESERVATIONS", status.getString("opinion"));

        JsonObject closed = Committee.secretary(
                sessionId,
                "closure",
                "{\"version\":"
                        + Api.as("dacsecretary")
                                .get("committee/sessions/" + sessionId)
                                .json()
                                .getInt("version") + "}");
        assertEquals("CLOSED", closed.getString("status"));
        Api.Reply minutes = Committee.as(chair).get("documents/" + closed.getString("minutesDocument"));
        assertEquals(200, minutes.status(), minutes.toString());
        assertTrue(new String(minutes.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String text = Committee.pdfText(minutes.body());
        assertTrue(
                text.contains("Membre du conseil scientifique") || text.contains("CENTRE HOSPITALIER " + siren),
                "the recusal and its interest are in the minutes");
        assertTrue(text.contains(ref), "the dossier is in the minutes");
        assertTrue(text.contains("Risque de r"), "votes with their reasons are in the minutes");
        assertTrue(text.contains("voix pr"), "the casting vote is in the minutes");

        String audit = Api.as("auditor")
                .get("audit?caseRef=dossiers:" + ref + "&size=50")
                .text();
        for (String action : List.of(
                "COMMITTEE_DOSSIER_REFERRED",
                "COMMITTEE_MEMBER_RECUSED",
                "COMMITTEE_RAPPORTEUR_ASSIGNED",
                "COMMITTEE_VOTE_CAST",
                "COMMITTEE_CASTING_VOTE",
                "COMMITTEE_OPINION_ADOPTED")) {
            assertTrue(audit.contains(action), action + " audited: " + audit);
        }
    }

    @Test
    void withoutQuorumNoOpinion() {
        long review = Committee.refer(Committee.newDossier(), "Institut Quorum", null);
        JsonObject session = Committee.convenedAndOpened(Committee.sessionWith(review), Set.of(alice, chloe));
        assertEquals(200, Committee.vote(alice, review, "FAVOURABLE", null).status());
        assertEquals(200, Committee.vote(chloe, review, "FAVOURABLE", null).status());
        JsonObject r = Committee.review("dacsecretary", review);
        Api.Reply adopt = Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/adoption",
                        "{\"version\":" + r.getInt("version") + ",\"reasoning\":\"Motivation\"}");
        assertEquals(422, adopt.status(), adopt.toString());
        assertTrue(adopt.json().getString("detail").contains("quorum"), adopt.toString());
        Api.Reply close = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions/" + session.getJsonNumber("id") + "/closure",
                        "{\"version\":" + session.getInt("version") + "}");
        assertEquals(422, close.status(), "an undecided dossier keeps the session open: " + close);
    }

    @Test
    void changingAVoteNeedsTheVersionSeenAndAbsentMembersDoNotVote() {
        long review = Committee.refer(Committee.newDossier(), "Institut Version", null);
        Committee.convenedAndOpened(Committee.sessionWith(review), Set.of(alice, chloe, chair));
        Api.Reply first = Committee.vote(alice, review, "FAVOURABLE", null);
        long version = first.json().getJsonNumber("version").longValue();
        Api.Reply changed = Committee.as(alice)
                .postJson(
                        "committee/reviews/" + review + "/votes",
                        "{\"choice\":\"ABSTENTION\",\"version\":" + version + "}");
        assertEquals(200, changed.status(), changed.toString());
        Api.Reply stale = Committee.as(alice)
                .postJson(
                        "committee/reviews/" + review + "/votes",
                        "{\"choice\":\"UNFAVOURABLE\",\"remarks\":\"x\",\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(
                "ABSTENTION",
                Committee.review(alice, review).getJsonObject("myVote").getString("choice"));

        Api.Reply absent = Committee.vote(bruno, review, "FAVOURABLE", null);
        assertEquals(422, absent.status(), absent.toString());
        assertTrue(absent.json().getString("detail").contains("present"), absent.toString());
    }

    @Test
    void myDossiersToReviewShowDeadlinesAndTheRapporteurFlag() {
        String ref = Committee.newDossier();
        long review = Committee.refer(ref, "Institut Liste", null);
        JsonObject r = Committee.review("dacsecretary", review);
        Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":" + r.getInt("version") + ",\"rapporteur\":\"" + chloe
                                + "\",\"reason\":\"Charge\"}");
        JsonObject mine = Committee.as(chloe)
                .get("committee/my/reviews?rapporteur=true&limit=200")
                .json();
        JsonObject row = mine.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("reference").equals(ref))
                .findFirst()
                .orElseThrow();
        assertTrue(row.getBoolean("rapporteur"));
        assertEquals(25, row.getInt("daysLeft"));
        assertFalse(
                Committee.as(alice).get("committee/my/reviews?limit=200").text().contains(ref),
                "not yet on an agenda, and Alice is not its rapporteur");
        Committee.sessionWith(review);
        assertTrue(
                Committee.as(alice).get("committee/my/reviews?limit=200").text().contains(ref),
                "on an agenda: every member reviews it");
        Api.Reply badLimit = Committee.as(alice).get("committee/my/reviews?limit=5000");
        assertEquals(422, badLimit.status());
        assertEquals(
                "limit", badLimit.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
