package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.platform.api.CaseRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierSnapshotTest {
    private static DossierForReview referral(String title, String applicant, String purpose) {
        return new DossierForReview(
                new CaseRef("dossiers", "DA-2026-000001"),
                title,
                "NATIONAL",
                purpose,
                applicant,
                Fixtures.SIREN_PASTEUR,
                "Dr Jeanne Martin",
                Fixtures.TODAY.plusDays(20),
                "instructor",
                List.of());
    }

    @Test
    void aSnapshotCopiesTheReferralTrimmedWithTheApplicantsKey() {
        DossierSnapshot s = DossierSnapshot.of(referral("  Cohorte  ", " Institut Pasteur ", "Finalité"));
        assertEquals("Cohorte", s.title());
        assertEquals("Institut Pasteur", s.applicantName());
        assertEquals(Organisations.nameKey("Institut Pasteur"), s.applicantKey());
        assertEquals(Fixtures.SIREN_PASTEUR, s.applicantSiren());
        assertEquals("NATIONAL", s.procedure());
        assertEquals("Finalité", s.purpose());
        assertEquals("Dr Jeanne Martin", s.principalInvestigator());
        assertEquals(Fixtures.TODAY.plusDays(20), s.opinionDueDate());
        assertEquals("instructor", s.instructor());
    }

    @Test
    void aSnapshotRefusesWhatMembersCouldNotRead() {
        assertEquals(
                "title",
                assertThrows(CommitteeException.class, () -> DossierSnapshot.of(referral(" ", "Institut", null)))
                        .field());
        assertEquals(
                "title",
                assertThrows(
                                CommitteeException.class,
                                () -> DossierSnapshot.of(referral("x".repeat(501), "Institut", null)))
                        .field());
        assertEquals(
                "applicantOrganisation",
                assertThrows(CommitteeException.class, () -> DossierSnapshot.of(referral("Titre", " ", null)))
                        .field());
        CommitteeException purpose = assertThrows(
                CommitteeException.class, () -> DossierSnapshot.of(referral("Titre", "Institut", "p".repeat(4001))));
        assertEquals("purpose", purpose.field());
        assertEquals("text.tooLong", purpose.key());
    }

    @Test
    void twoSnapshotsOfTheSameReferralAreEqualAndAChangeIsSeen() {
        DossierSnapshot one = DossierSnapshot.of(referral("Titre", "Institut", null));
        assertEquals(one, DossierSnapshot.of(referral("Titre", "Institut", null)));
        assertNotEquals(one, DossierSnapshot.of(referral("Autre titre", "Institut", null)));
    }

    @Test
    void aMemberWithAnInterestInTheApplicantIsFound() {
        CommitteeMember member = Fixtures.member("m1");
        member.declareInterest("Institut Pasteur", Fixtures.SIREN_PASTEUR, "Consultant", Fixtures.stamp("m1"));
        assertTrue(
                Fixtures.review(1, "Institut Pasteur", null).interestOf(member).isPresent());
        assertTrue(Fixtures.review(1, "Institut Pasteur", null)
                .interestOf(Fixtures.member("m2"))
                .isEmpty());
    }

    @Test
    void aMemberIsRecusedByDirectoryIdWhenTheDeclarationAndTheReviewAreLinked() {
        CommitteeMember member = Fixtures.member("m1");
        member.declareInterest("I. Pasteur (Paris)", null, "Consultant", Fixtures.stamp("m1"))
                .referToDirectory(42L);
        Review sameId = Fixtures.review(1, "Fondation Institut Pasteur", Fixtures.SIREN_PASTEUR);
        sameId.linkApplicantToDirectory(42L);
        assertTrue(sameId.interestOf(member).isPresent(), "same id, another spelling: a conflict");

        CommitteeMember namesake = Fixtures.member("m2");
        namesake.declareInterest("Institut Pasteur", null, "Consultant", Fixtures.stamp("m2"))
                .referToDirectory(43L);
        Review otherId = Fixtures.review(2, "INSTITUT PASTEUR SA", null);
        otherId.linkApplicantToDirectory(42L);
        assertTrue(otherId.interestOf(namesake).isEmpty(), "two ids, one name key: two organisations");
        // the same declaration against a review not linked yet: the name rule as before
        assertTrue(Fixtures.review(3, "INSTITUT PASTEUR SA", null)
                .interestOf(namesake)
                .isPresent());
    }
}
