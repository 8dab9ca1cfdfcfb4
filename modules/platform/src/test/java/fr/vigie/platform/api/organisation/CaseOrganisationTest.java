package fr.vigie.platform.api.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Page;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseOrganisationTest {
    private static final OrganisationSummary CORRECTED =
            new OrganisationSummary(7, "732829320", null, "Nouveau nom", false, null, null, "FR", true, null, 2);
    private static final OrganisationSummary PARTLY_PUBLIC =
            new OrganisationSummary(8, "552100554", null, null, true, null, null, "FR", true, null, 0);

    private final OrganisationDirectory directory = new Directory(Map.of(7L, CORRECTED, 8L, PARTLY_PUBLIC));

    @Test
    void aCaseWithAnIdShowsTheDirectorysCurrentNameAndSiren() {
        var o = CaseOrganisation.read(directory, Optional.of(7L), "Ancien nom", "552100554");
        assertEquals(new CaseOrganisation(7L, "Nouveau nom", "732829320"), o);
    }

    @Test
    void aSiretOfTheDirectorysSirenIsKept() {
        var o = CaseOrganisation.read(directory, Optional.of(7L), "Ancien nom", "73282932000074");
        assertEquals("73282932000074", o.number());
        assertEquals("Nouveau nom", o.name());
    }

    @Test
    void aCaseWithoutIdShowsItsCopy() {
        var o = CaseOrganisation.read(directory, Optional.empty(), "Foreign Ltd", null);
        assertEquals(new CaseOrganisation(null, "Foreign Ltd", null), o);
    }

    @Test
    void anIdTheDirectoryNoLongerKnowsFallsBackOnTheCopyWithoutLink() {
        var o = CaseOrganisation.read(directory, Optional.of(99L), "Copie", "732829320");
        assertNull(o.id());
        assertEquals("Copie", o.name());
    }

    @Test
    void aPartlyPublicUnitKeepsTheNameTypedInTheCase() {
        var o = CaseOrganisation.read(directory, Optional.of(8L), "Nom saisi", "552100554");
        assertEquals(new CaseOrganisation(8L, "Nom saisi", "552100554"), o);
    }

    private record Directory(Map<Long, OrganisationSummary> byId) implements OrganisationDirectory {
        @Override
        public Optional<OrganisationSummary> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OrganisationSummary> findBySiren(Siren siren) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Money> undertakingTurnover(long organisationId, int financialYear) {
            throw new UnsupportedOperationException();
        }
    }
}
