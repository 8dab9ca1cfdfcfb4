package fr.vigie.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cross-border part of a complaint: Regulation (EU) 2025/2518 Art. 4(1)-(2), assessment, transmission. */
class CrossBorderComplaintTest {
    private static final String INADMISSIBILITY = "GDPR_PR_ART_4_2_INADMISSIBILITY";
    private static final String TRANSMISSION = "GDPR_PR_COMPLAINT_TRANSMISSION";

    static Complaint lodgedHere(CrossBorderIntake intake) {
        NewComplaint f = Fixtures.facts(Set.of(Category.OTHER), 1);
        return new Complaint(
                ComplaintReference.of(2026, 7),
                null,
                f,
                intake,
                PriorityRules.assess(f.categories(), 1, 0),
                Fixtures.handler());
    }

    static Complaint lodgedHere() {
        return lodgedHere(CrossBorderIntake.lodgedHere(null, null, false, null));
    }

    private static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).key();
    }

    // ------------------------------------------------------------------ rules by receipt day

    @Test
    void aComplaintReceivedOn1April2027KeepsTheOldRulesAndGetsNoNewClock() {
        CrossBorderFile xb = lodgedHere().crossBorder().orElseThrow();
        assertEquals(List.of(), xb.clocksOnReceipt(LocalDate.of(2027, 4, 1)));
        assertFalse(CrossBorderFile.rules(LocalDate.of(2027, 4, 1)).underRegulation2025_2518());
    }

    @Test
    void aComplaintReceivedOn2April2027GetsTheArt42AndTransmissionClocks() {
        CrossBorderFile xb = lodgedHere().crossBorder().orElseThrow();
        assertEquals(List.of(INADMISSIBILITY, TRANSMISSION), xb.clocksOnReceipt(LocalDate.of(2027, 4, 2)));
    }

    @Test
    void aComplaintSentByAnotherAuthorityStartsNoClockHere() {
        Complaint c = lodgedHere(CrossBorderIntake.receivedFrom("IE", "IE-2027-55", false));
        assertEquals(List.of(), c.crossBorder().orElseThrow().clocksOnReceipt(LocalDate.of(2027, 4, 2)));
        assertEquals(
                CrossBorderAdmissibility.CHECKED_BY_LODGING_AUTHORITY,
                c.crossBorder().orElseThrow().admissibility());
    }

    @Test
    void anOrdinaryComplaintHasNoCrossBorderPart() {
        Complaint c = Fixtures.received();
        assertTrue(c.crossBorder().isEmpty());
        assertTrue(c.availableCrossBorderActs().isEmpty());
        assertEquals("xb.notCrossBorder", key(() -> c.findCrossBorderAdmissible(Fixtures.handler())));
    }

    // ------------------------------------------------------------------ Art. 4(1): intake

    @Test
    void aBodyActingUnderArticle80GivesItsMandate() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> lodgedHere(CrossBorderIntake.lodgedHere("Association Vie Privée", " ", false, null)));
        assertEquals("xb.bodyMandate.required", e.key());
        assertEquals("bodyMandate", e.field());
        Complaint ok = lodgedHere(CrossBorderIntake.lodgedHere(
                "Association Vie Privée", "Statuts art. 2 ; mandat du 3 mars", false, null));
        assertEquals("Association Vie Privée", ok.crossBorder().orElseThrow().bodyName());
    }

    @Test
    void aComplaintFromAnotherAuthorityNamesItAndItsReference() {
        assertEquals(
                "xb.receivedFromReference.required",
                key(() -> lodgedHere(CrossBorderIntake.receivedFrom("IE", " ", false))));
        assertEquals(
                "xb.receivedFrom.notHere", key(() -> lodgedHere(CrossBorderIntake.receivedFrom("fr", "X-1", false))));
        assertEquals(
                "organisation.country.invalid",
                key(() -> lodgedHere(CrossBorderIntake.receivedFrom("ZZ", "X-1", false))));
    }

    // ------------------------------------------------------------------ Art. 4(2): admissibility

    @Test
    void aCompleteComplaintIsFoundAdmissibleOnce() {
        Complaint c = lodgedHere();
        assertTrue(c.availableCrossBorderActs().contains(CrossBorderAct.FIND_ADMISSIBLE));
        c.findCrossBorderAdmissible(Fixtures.handler());
        assertEquals(
                CrossBorderAdmissibility.ADMISSIBLE,
                c.crossBorder().orElseThrow().admissibility());
        assertEquals("xb.admissibility.decided", key(() -> c.findCrossBorderAdmissible(Fixtures.handler())));
        assertEquals(
                "xb.admissibility.decided",
                key(() -> c.declareCrossBorderInadmissible(
                        Set.of(Art4Information.INFRINGEMENT_DESCRIPTION), "Description absente.", Fixtures.handler())));
    }

    @Test
    void inadmissibilityNamesTheMissingArt41InformationAndTheReasons() {
        Complaint c = lodgedHere();
        assertEquals(
                "xb.inadmissible.missingRequired",
                key(() -> c.declareCrossBorderInadmissible(Set.of(), "Motifs suffisants.", Fixtures.handler())));
        assertEquals(
                "xb.inadmissible.reasonsRequired",
                key(() -> c.declareCrossBorderInadmissible(
                        Set.of(Art4Information.CONTROLLER_OR_PROCESSOR), "court", Fixtures.handler())));
        // No mandate may be asked of a person: Art. 4(1)(b) concerns bodies only.
        assertEquals(
                "xb.inadmissible.notByBody",
                key(() -> c.declareCrossBorderInadmissible(
                        Set.of(Art4Information.REPRESENTATIVE_BODY_MANDATE), "Mandat absent.", Fixtures.handler())));
        c.declareCrossBorderInadmissible(
                Set.of(Art4Information.CONTROLLER_OR_PROCESSOR),
                "Le responsable du traitement ne peut pas être identifié.",
                Fixtures.handler());
        CrossBorderFile xb = c.crossBorder().orElseThrow();
        assertEquals(CrossBorderAdmissibility.INADMISSIBLE, xb.admissibility());
        assertEquals(Set.of(Art4Information.CONTROLLER_OR_PROCESSOR), xb.missingInformation());
        assertEquals(
                "xb.assess.admissibleFirst",
                key(() -> c.assessCrossBorder(true, "IE", "Siège en Irlande", Fixtures.handler())));
    }

    // ------------------------------------------------------------------ assessment and transmission

    @Test
    void transmissionFollowsAnAssessmentNamingAnotherLead() {
        Complaint c = lodgedHere();
        c.findCrossBorderAdmissible(Fixtures.handler());
        assertEquals(
                "xb.assessment.required", key(() -> c.transmitToLeadAuthority(List.of(), null, Fixtures.handler())));
        c.assessCrossBorder(true, "ie", "Établissement principal à Dublin", Fixtures.handler());
        assertEquals(Set.of(CrossBorderAct.ASSESS, CrossBorderAct.TRANSMIT), c.availableCrossBorderActs());
        assertEquals("xb.leadHere.ledElsewhere", key(() -> c.decideToLeadHere(Fixtures.handler())));

        List<String> sent =
                c.transmitToLeadAuthority(List.of("Capture d'écran du 2 mars", " "), null, Fixtures.handler());

        assertEquals(List.of("COMPLAINT", "Capture d'écran du 2 mars"), sent);
        CrossBorderFile xb = c.crossBorder().orElseThrow();
        assertEquals("IE", xb.transmittedTo());
        assertEquals(Fixtures.TODAY, xb.transmittedOn());
        assertEquals(sent, xb.documentsSent());
        assertEquals(
                LetterType.TRANSMISSION_NOTICE,
                c.letters().get(c.letters().size() - 1).type());
        assertTrue(c.availableCrossBorderActs().isEmpty());
        assertEquals("xb.handedOver", key(() -> c.transmitToLeadAuthority(List.of(), null, Fixtures.handler())));
        assertTrue(c.pendingEvents().stream()
                .anyMatch(e ->
                        e instanceof ComplaintEvent.CrossBorderRecorded r && r.act() == TimelineType.XB_TRANSMITTED));
    }

    @Test
    void onlyTheNonConfidentialVersionLeavesWhenConfidentialityWasClaimed() {
        Complaint c = lodgedHere(CrossBorderIntake.lodgedHere(null, null, true, "IE"));
        c.findCrossBorderAdmissible(Fixtures.handler());
        c.assessCrossBorder(true, "IE", "Établissement principal à Dublin", Fixtures.handler());
        assertEquals(
                List.of("COMPLAINT_NON_CONFIDENTIAL_VERSION"),
                c.transmitToLeadAuthority(null, null, Fixtures.handler()));
    }

    @Test
    void theAuthorityLeadsWhenTheAssessmentNamesFrance() {
        Complaint c = lodgedHere();
        c.findCrossBorderAdmissible(Fixtures.handler());
        c.assessCrossBorder(true, "FR", "Établissement principal à Paris", Fixtures.handler());
        assertEquals("xb.transmit.ledHere", key(() -> c.transmitToLeadAuthority(List.of(), null, Fixtures.handler())));
        c.decideToLeadHere(Fixtures.handler());
        assertEquals(Fixtures.TODAY, c.crossBorder().orElseThrow().ledHereOn());
        assertEquals("xb.handedOver", key(() -> c.decideToLeadHere(Fixtures.handler())));
    }

    @Test
    void aComplaintReceivedAsLeadIsAnnouncedOnceQualifiedCrossBorderWithFranceLeading() {
        Complaint c = lodgedHere(CrossBorderIntake.receivedFrom("IE", "IE-2027-55", false));
        assertFalse(c.availableCrossBorderActs().contains(CrossBorderAct.ANNOUNCE_RECEIVED_AS_LEAD));
        c.acknowledge(null, Fixtures.handler());
        c.qualify(new Qualification(true, true, true, "FR"), "Chef de file", Fixtures.handler());
        assertTrue(c.availableCrossBorderActs().contains(CrossBorderAct.ANNOUNCE_RECEIVED_AS_LEAD));
        c.announceReceivedAsLead(Fixtures.handler());
        assertEquals("xb.announce.notNow", key(() -> c.announceReceivedAsLead(Fixtures.handler())));
        assertEquals(
                "xb.assess.notLodgedHere",
                key(() -> c.assessCrossBorder(true, "FR", "Chef de file", Fixtures.handler())));
    }
}
