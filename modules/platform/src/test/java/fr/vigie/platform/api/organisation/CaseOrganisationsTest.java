package fr.vigie.platform.api.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseOrganisationsTest {
    private static final OrganisationSummary CORRECTED =
            new OrganisationSummary(7, "732829320", null, "Nouveau nom", false, null, null, "FR", true, null, 2);
    private static final OrganisationSummary PARTLY_PUBLIC =
            new OrganisationSummary(8, "552100554", null, null, true, null, null, "FR", true, null, 0);

    private record Row(Long organisationId, String name, String number) {}

    private final CountingDirectory directory = new CountingDirectory(Map.of(7L, CORRECTED, 8L, PARTLY_PUBLIC));

    @Test
    void aPageIsReadInOneQueryWithEachIdOnce() {
        List<Row> page = List.of(
                new Row(7L, "Ancien nom", "552100554"),
                new Row(7L, "Autre copie", "73282932000074"),
                new Row(8L, "Nom saisi", "552100554"),
                new Row(null, "Foreign Ltd", null),
                new Row(99L, "Copie", "732829320"));

        List<CaseOrganisation> shown =
                CaseOrganisations.resolve(directory, page, Row::organisationId, Row::name, Row::number);

        assertEquals(1, directory.calls.size());
        assertEquals(Set.of(7L, 8L, 99L), Set.copyOf(directory.calls.get(0)));
        assertEquals(3, directory.calls.get(0).size());
        assertEquals(
                List.of(
                        new CaseOrganisation(7L, "Nouveau nom", "732829320"),
                        new CaseOrganisation(7L, "Nouveau nom", "73282932000074"),
                        new CaseOrganisation(8L, "Nom saisi", "552100554"),
                        new CaseOrganisation(null, "Foreign Ltd", null),
                        new CaseOrganisation(null, "Copie", "732829320")),
                shown);
    }

    @Test
    void aPageWithoutIdsAsksNothing() {
        List<CaseOrganisation> shown = CaseOrganisations.resolve(
                directory, List.of(new Row(null, "Foreign Ltd", null)), Row::organisationId, Row::name, Row::number);

        assertTrue(directory.calls.isEmpty());
        assertEquals(List.of(new CaseOrganisation(null, "Foreign Ltd", null)), shown);
    }

    @Test
    void anEmptyPageAsksNothing() {
        assertTrue(CaseOrganisations.resolve(directory, List.<Row>of(), Row::organisationId, Row::name, Row::number)
                .isEmpty());
        assertTrue(directory.calls.isEmpty());
    }

    private static final OrganisationColumns<Row> COLUMNS = new OrganisationColumns<>() {
        @Override
        public Long organisationId(Row row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(Row row) {
            return row.name();
        }

        @Override
        public String copiedNumber(Row row) {
            return row.number();
        }

        @Override
        public Row withOrganisation(Row row, CaseOrganisation o) {
            return new Row(row.organisationId(), o.name(), o.number());
        }
    };

    @Test
    void applyRebuildsEachRowWithWhatToShowInOrder() {
        List<Row> shown = CaseOrganisations.apply(
                directory,
                List.of(new Row(null, "Foreign Ltd", null), new Row(7L, "Ancien nom", "552100554")),
                COLUMNS);

        assertEquals(List.of(new Row(null, "Foreign Ltd", null), new Row(7L, "Nouveau nom", "732829320")), shown);
    }

    @Test
    void aStreamedExportAsksOncePerBatchAndKeepsTheOrder() {
        List<Row> written = new ArrayList<>();
        try (var sink = CaseOrganisations.batched(directory, COLUMNS, 2, written::add)) {
            sink.accept(new Row(7L, "a", "552100554"));
            sink.accept(new Row(null, "b", null));
            assertEquals(2, written.size());
            sink.accept(new Row(8L, "c", "552100554"));
        }
        assertEquals(2, directory.calls.size());
        assertEquals(
                List.of("Nouveau nom", "b", "c"),
                written.stream().map(Row::name).toList());
    }

    @Test
    void onePersonsFileAndAListShowTheSameOrganisation() {
        CaseOrganisation file = CaseOrganisation.read(directory, Optional.of(7L), "Ancien nom", "73282932000074");
        CaseOrganisation listed = CaseOrganisations.resolve(
                        directory,
                        List.of(new Row(7L, "Ancien nom", "73282932000074")),
                        Row::organisationId,
                        Row::name,
                        Row::number)
                .get(0);
        assertEquals(file, listed);
    }

    private static final class CountingDirectory implements OrganisationDirectory {
        final Map<Long, OrganisationSummary> byId;
        final List<List<Long>> calls = new ArrayList<>();

        CountingDirectory(Map<Long, OrganisationSummary> byId) {
            this.byId = byId;
        }

        @Override
        public Optional<OrganisationSummary> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
            calls.add(List.copyOf(ids));
            Map<Long, OrganisationSummary> found = new HashMap<>();
            ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(o -> found.put(id, o)));
            return found;
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
