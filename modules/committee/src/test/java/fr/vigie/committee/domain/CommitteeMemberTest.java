package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import org.junit.jupiter.api.Test;

class CommitteeMemberTest {

    @Test
    void aDeclarationBySirenRecusesFromThatApplicant() {
        CommitteeMember m = Fixtures.member("m1");
        m.declareInterest(null, "775 685 019", "Financement de thèse", Fixtures.stamp("m1"));
        assertTrue(
                m.interestIn(null, "Institut Pasteur", Fixtures.SIREN_PASTEUR).isPresent());
        assertTrue(m.interestIn(null, "Institut Pasteur", Fixtures.SIREN_OTHER).isEmpty());
        assertEquals(
                "SIREN 775685019",
                m.interestIn(null, "X", Fixtures.SIREN_PASTEUR).orElseThrow().describe());
    }

    @Test
    void aDeclarationByNameRecusesToo() {
        CommitteeMember m = Fixtures.member("m1");
        m.declareInterest("Institut Pasteur", null, "Ancien salarié", Fixtures.stamp("m1"));
        assertTrue(m.interestIn(null, "INSTITUT PASTEUR SA", Fixtures.SIREN_PASTEUR)
                .isPresent());
        assertTrue(m.interestIn(null, "Institut Curie", null).isEmpty());
    }

    @Test
    void anEndedDeclarationNoLongerRecuses() {
        CommitteeMember m = Fixtures.member("m1");
        Interest i = m.declareInterest("Institut Pasteur", null, "Conseil", Fixtures.stamp("m1"));
        Fixtures.setId(i, 5);
        m.endInterest(5, Fixtures.stamp("m1"));
        assertTrue(m.interestIn(null, "Institut Pasteur", null).isEmpty());
        assertThrows(CommitteeException.class, () -> m.endInterest(5, Fixtures.stamp("m1")));
    }

    @Test
    void aDeclarationNamesTheOrganisationAndTheNature() {
        CommitteeMember m = Fixtures.member("m1");
        CommitteeException none = assertThrows(
                CommitteeException.class, () -> m.declareInterest(" ", null, "Conseil", Fixtures.stamp("m1")));
        assertEquals("organisationName", none.field());
        CommitteeException nature = assertThrows(
                CommitteeException.class, () -> m.declareInterest("Institut", null, "", Fixtures.stamp("m1")));
        assertEquals("nature", nature.field());
        DomainException siren = assertThrows(
                DomainException.class,
                () -> m.declareInterest("Institut", "123456789", "Conseil", Fixtures.stamp("m1")));
        assertEquals("siren", siren.field());
    }
}
