package fr.vigie.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.Interest;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.testing.CorrectedDirectory;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The members' declarations of interest name the organisation as the directory names it today when
 * linked (ADR 7 step 1), as declared otherwise; the whole roster costs one directory query.
 */
class DeclaredInterestsOrganisationTest {
    private static final Stamp STAMP =
            new Stamp("secretary", Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1));

    private final CorrectedDirectory directory = new CorrectedDirectory();

    @Test
    void theRosterReadsEveryDeclarationsOrganisationInOneQuery() throws ReflectiveOperationException {
        CommitteeMember alice = new CommitteeMember("alice", "Alice", MemberFunction.MEMBER);
        Interest linked = alice.declareInterest("Ancien nom", "732829320", "Ancienne salariée", STAMP);
        linked.referToDirectory(7L);
        persisted(linked, 1L);
        CommitteeMember bob = new CommitteeMember("bob", "Bob", MemberFunction.MEMBER);
        persisted(bob.declareInterest("Association Y", null, "Trésorier", STAMP), 2L);

        List<Views.MemberView> roster = CommitteeQueries.memberViews(directory, List.of(alice, bob));

        assertEquals(1, directory.pageReads);
        assertEquals(0, directory.singleReads);
        Views.InterestView corrected = roster.get(0).interests().get(0);
        assertEquals("Nouveau nom", corrected.organisationName());
        assertEquals("732829320", corrected.siren());
        assertEquals(1L, corrected.id());
        assertEquals("Association Y", roster.get(1).interests().get(0).organisationName());
        // the declaration keeps what the member wrote
        assertEquals("Ancien nom", linked.organisationName());
    }

    /** The id the database would give the declaration. */
    private static void persisted(Interest interest, long id) throws ReflectiveOperationException {
        Field field = Interest.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(interest, id);
    }
}
