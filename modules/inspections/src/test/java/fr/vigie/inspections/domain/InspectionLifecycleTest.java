package fr.vigie.inspections.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InspectionLifecycleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Stamp as(String actor) {
        return as(actor, TODAY);
    }

    static Stamp as(String actor, LocalDate day) {
        return new Stamp(actor, Instant.parse(day + "T10:00:00Z"), day);
    }

    static StoredDocument doc() {
        return new StoredDocument(UUID.randomUUID(), "document.pdf", "0f".repeat(32));
    }

    static DomainException refused(Executable act) {
        return assertThrows(DomainException.class, act);
    }

    static Inspection planned() {
        return new Inspection(
                InspectionReference.of(2026, 42),
                new NewInspection(
                        Origin.PROGRAMME,
                        null,
                        null,
                        InspectionType.ON_SITE,
                        "MINORS",
                        2026,
                        2,
                        Organisation.of("Jeux en ligne SAS", "732 829 320", "FR", false, true),
                        "Contrôle du recueil du consentement"),
                as("head"));
    }

    static Inspection prepared() {
        Inspection i = planned();
        i.prepare("ines", Set.of("paul"), "Paris", TODAY.plusDays(5), Set.of(), as("head"));
        return i;
    }

    static Inspection conducted() {
        Inspection i = prepared();
        i.signMissionOrder(doc(), as("president"));
        i.conduct(TODAY, as("ines"));
        return i;
    }

    static Inspection notified() {
        Inspection i = conducted();
        i.writeMinutes(
                "Le DPO, le directeur technique",
                "Visite des locaux et examen des registres de traitement.",
                as("ines"));
        i.addFinding(
                "RGPD art. 32", FindingSeverity.SERIOUS, "Mots de passe stockés en clair", List.of(), null, as("ines"));
        i.notifyMinutes(as("ines"));
        return i;
    }

    @Test
    void goesThroughEveryStageToAFollowUp() {
        Inspection i = notified();
        assertEquals(InspectionStatus.MINUTES_NOTIFIED, i.status());
        i.recordObservations(TODAY, doc(), as("ines"));
        assertEquals(InspectionStatus.OBSERVATIONS_CLOSED, i.status());
        i.close(Outcome.FORMAL_NOTICE_PROPOSED, Reason.of("Manquement grave à la sécurité"), as("head"));
        assertEquals(InspectionStatus.CLOSED, i.status());
        assertNotNull(i.closure().outcome().followUp());
        assertTrue(i.availableActs().isEmpty());
        assertEquals(
                List.of(
                        EventType.OPENED,
                        EventType.PREPARED,
                        EventType.MISSION_ORDER_SIGNED,
                        EventType.CONDUCTED,
                        EventType.MINUTES_WRITTEN,
                        EventType.FINDING_ADDED,
                        EventType.MINUTES_NOTIFIED,
                        EventType.OBSERVATIONS_RECEIVED,
                        EventType.CLOSED),
                i.timeline().stream().map(TimelineEntry::type).toList());
        assertEquals(1, i.publishedFindings().size());
        assertEquals(List.of("ines", "paul"), List.copyOf(i.team()));
    }

    @Test
    void refusesAnIllegalTransitionWithATranslatedMessage() {
        Inspection i = planned();
        DomainException e = refused(() -> i.close(Outcome.NO_ACTION, Reason.of("raison"), as("head")));
        assertEquals("act.notAllowed", e.key());
        assertEquals(
                "« Clôturer » n’est pas possible quand le contrôle est « programmé ».",
                e.localizedMessage(Locale.FRENCH));
        assertEquals(
                "\"Close\" is not possible while the inspection is \"planned\".", e.localizedMessage(Locale.ENGLISH));
        assertEquals(InspectionStatus.PLANNED, i.status());
    }

    @Test
    void cannotBeConductedBeforeThePresidentSigns() {
        Inspection i = prepared();
        assertEquals(EnumSet.of(InspectionAct.PREPARE, InspectionAct.SIGN_MISSION_ORDER), i.availableActs());
        assertEquals(
                "act.notAllowed", refused(() -> i.conduct(TODAY, as("ines"))).key());
    }

    @Test
    void aDeclaredInterestKeepsTheInspectorOffTheTeam() {
        Inspection i = planned();
        DomainException member = refused(
                () -> i.prepare("ines", Set.of("paul"), "Paris", TODAY.plusDays(5), Set.of("paul"), as("head")));
        assertEquals("team.interestDeclared", member.key());
        assertEquals("members", member.field());
        assertEquals(
                "lead",
                refused(() -> i.prepare("paul", Set.of(), "Paris", TODAY.plusDays(5), Set.of("paul"), as("head")))
                        .field());
        assertEquals(InspectionStatus.PLANNED, i.status());
    }

    @Test
    void onlyTheTeamWritesTheMinutes() {
        Inspection i = conducted();
        assertEquals(
                "team.notMember",
                refused(() -> i.writeMinutes("x", "un texte suffisamment long pour passer", as("mallory")))
                        .key());
    }

    @Test
    void notifiedMinutesAreLockedAndOnlyGrowByAddenda() {
        Inspection i = notified();
        String hash = i.minutes().sha256();
        assertEquals(64, hash.length());
        assertEquals(hash, i.minutesHash());
        assertFalse(i.availableActs().contains(InspectionAct.WRITE_MINUTES));
        assertFalse(i.availableActs().contains(InspectionAct.REMOVE_FINDING));
        assertEquals(
                "minutes.locked", refused(() -> i.removeFinding(1L, as("ines"))).key());
        assertEquals(
                "act.notAllowed",
                refused(() -> i.writeMinutes("x", "un autre texte assez long", as("ines")))
                        .key());
        assertEquals(
                "reason",
                refused(() -> i.addFinding(
                                "RGPD art. 5",
                                FindingSeverity.MINOR,
                                "Durée de conservation",
                                List.of(),
                                null,
                                as("ines")))
                        .field());
        i.addFinding(
                "RGPD art. 5",
                FindingSeverity.MINOR,
                "Durée de conservation excessive",
                List.of(),
                Reason.of("Pièce reçue après"),
                as("ines"));
        i.addAddendum(Reason.of("Erreur matérielle"), "Le nom du DPO est corrigé.", as("ines"));
        assertEquals(2, i.addenda().size());
        assertEquals(hash, i.minutesHash(), "addenda do not alter the notified minutes");
        assertTrue(i.findings().get(1).inAddendum());
    }

    @Test
    void thePeriodElapsesOnlyAfterItsLastDay() {
        Inspection i = notified();
        LocalDate end = TODAY.plusDays(15);
        DomainException e = refused(() -> i.recordPeriodElapsed(end, as("head", end)));
        assertEquals("observations.periodRunning", e.key());
        assertTrue(e.localizedMessage(Locale.FRENCH).contains("25 mars 2026"), e.localizedMessage(Locale.FRENCH));
        i.recordPeriodElapsed(end, as("head", end.plusDays(1)));
        assertEquals(InspectionStatus.OBSERVATIONS_CLOSED, i.status());
    }

    @Test
    void aFollowUpNeedsAFinding() {
        Inspection i = conducted();
        i.writeMinutes("Le DPO", "Visite des locaux sans manquement relevé du tout.", as("ines"));
        i.notifyMinutes(as("ines"));
        i.recordObservations(TODAY, doc(), as("paul"));
        assertEquals(
                "close.followUpWithoutFinding",
                refused(() -> i.close(Outcome.REFERRAL_TO_SANCTIONS, Reason.of("raison"), as("head")))
                        .key());
        assertEquals(
                "reason",
                refused(() -> i.close(Outcome.NO_ACTION, null, as("head"))).field());
        i.close(Outcome.NO_ACTION, Reason.of("Aucun manquement"), as("head"));
        assertEquals(InspectionStatus.CLOSED, i.status());
    }

    @Test
    void onlyAClosureWithRecommendationsTakesALetterAndOnlyOnce() {
        Inspection i = conducted();
        i.writeMinutes("Le DPO", "Visite des locaux sans manquement relevé du tout.", as("ines"));
        i.notifyMinutes(as("ines"));
        i.recordObservations(TODAY, doc(), as("paul"));
        assertThrows(IllegalStateException.class, () -> i.attachClosureLetter(doc()));
        i.close(Outcome.RECOMMENDATIONS, Reason.of("Tenir un registre des traitements à jour."), as("head"));
        StoredDocument letter = doc();
        i.attachClosureLetter(letter);
        assertEquals(letter.id(), i.closure().letter());
        assertThrows(IllegalStateException.class, () -> i.attachClosureLetter(doc()));
        assertTrue(Closure.needsLetter(Outcome.RECOMMENDATIONS));
        assertFalse(Closure.needsLetter(Outcome.NO_ACTION));
    }

    @Test
    void rolesSeeOnlyTheirActs() {
        Inspection i = prepared();
        assertEquals(EnumSet.of(InspectionAct.SIGN_MISSION_ORDER), i.availableActsFor(Set.of(Role.PRESIDENT)));
        assertTrue(i.availableActsFor(Set.of(Role.INSPECTOR)).isEmpty());
        assertTrue(i.availableActsFor(Set.of(Role.MANAGER)).isEmpty());
        assertEquals(EnumSet.of(InspectionAct.PREPARE), i.availableActsFor(Set.of(Role.HEAD_OF_INSPECTIONS)));
    }

    @Test
    void opensWithCheckedFacts() {
        assertEquals(
                "organisationNumber",
                refused(() -> Organisation.of("X", "732 829 321", "FR", false, false))
                        .field());
        assertEquals(
                "organisation.number.required",
                refused(() -> Organisation.of("X", null, "FR", false, false)).key());
        assertEquals(
                "DE", Organisation.of("Foreign GmbH", null, "de", false, false).country());
        assertEquals(
                "originCase",
                refused(() -> new Inspection(
                                InspectionReference.of(2026, 1),
                                new NewInspection(
                                        Origin.COMPLAINT,
                                        null,
                                        null,
                                        InspectionType.ONLINE,
                                        "AI",
                                        2026,
                                        1,
                                        Organisation.of("X", null, "DE", false, false),
                                        "Objet du contrôle"),
                                as("head")))
                        .field());
        assertEquals(
                "breach.notifiedBeforeKnown",
                refused(() -> BreachNotification.of(TODAY, TODAY.minusDays(1), 10, "santé", TODAY))
                        .key());
        assertEquals(
                "visitDate",
                refused(() -> planned().prepare("ines", Set.of(), "Paris", TODAY.minusDays(1), Set.of(), as("head")))
                        .field());
        assertEquals(
                "quarter",
                refused(() -> new Inspection(
                                InspectionReference.of(2026, 1),
                                new NewInspection(
                                        Origin.PROGRAMME,
                                        null,
                                        null,
                                        InspectionType.ONLINE,
                                        "AI",
                                        2026,
                                        5,
                                        Organisation.of("X", null, "DE", false, false),
                                        "Objet du contrôle"),
                                as("head")))
                        .field());
    }

    @Test
    void aDeclarationMatchesTheLegalUnitOrTheName() {
        Organisation org = Organisation.of("Jeux en ligne SAS", "73282932000074", "FR", false, false);
        assertTrue(org.isConcernedBy("732829320", null));
        assertTrue(org.isConcernedBy(null, "jeux en ligne sas"));
        assertFalse(org.isConcernedBy("552100554", "Jeux en ligne SAS"));
    }
}
