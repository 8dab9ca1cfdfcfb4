package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.testing.CorrectedDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The work list, its export and a campaign show the organisation as the directory names it today
 * (ADR 7 step 1), one directory query per page; a complaint without id shows its copy.
 */
class ComplaintListOrganisationTest {
    private static final OrganisationSummary CORRECTED = CorrectedDirectory.CORRECTED;

    private final CorrectedDirectory directory = new CorrectedDirectory();
    private final ComplaintQueries queries = new ComplaintQueries();

    {
        queries.directory = directory;
        queries.worklist = new Rows(List.of(
                row("PL-2026-000001", "Ancien nom", "552100554", 7L),
                row("PL-2026-000002", "Foreign Ltd", null, null),
                row("PL-2026-000003", "Ancien nom", "73282932000074", 7L)));
    }

    private static ComplaintSummary row(String reference, String name, String number, Long organisationId) {
        return new ComplaintSummary(
                reference,
                0,
                LocalDate.of(2026, 12, 1),
                "RECEIVED",
                name,
                number,
                "ACCESS_RIGHT",
                "LOW",
                false,
                null,
                null,
                "RUNNING",
                LocalDate.of(2027, 3, 1),
                organisationId);
    }

    @Test
    void aPageShowsTheDirectorysNameReadOnce() {
        Page<ComplaintSummary> page = queries.worklist(null, "receivedOn", true, 0, 20);

        assertEquals(1, directory.pageReads);
        assertEquals(0, directory.singleReads, "a list never reads one organisation at a time");
        assertEquals(
                List.of("Nouveau nom", "Foreign Ltd", "Nouveau nom"),
                page.rows().stream().map(ComplaintSummary::organisationName).toList());
        assertEquals(
                java.util.Arrays.asList("732829320", null, "73282932000074"),
                page.rows().stream()
                        .map(ComplaintSummary::organisationIdentifier)
                        .toList());
        assertEquals("PL-2026-000003", page.rows().get(2).reference());
        assertEquals(3, page.total());
    }

    @Test
    void theExportShowsTheDirectorysName() {
        List<ComplaintSummary> written = new ArrayList<>();
        int count = queries.exportWorklist(null, "receivedOn", true, 100, written::add);

        assertEquals(3, count);
        assertEquals(1, directory.pageReads);
        assertEquals(0, directory.singleReads, "a list never reads one organisation at a time");
        assertEquals("Nouveau nom", written.get(0).organisationName());
        assertEquals("Foreign Ltd", written.get(1).organisationName());
    }

    @Test
    void aCampaignShowsTheDirectorysName() {
        assertEquals("Nouveau nom", queries.campaign("C-1").get(0).organisationName());
    }

    private record Rows(List<ComplaintSummary> rows) implements WorklistQuery {
        @Override
        public Page<ComplaintSummary> page(
                WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
            return Page.exact(rows, rows.size(), offset, limit);
        }

        @Override
        public int forEachRow(
                WorklistFilter filter, String sortField, boolean ascending, int max, Consumer<ComplaintSummary> sink) {
            rows.forEach(sink);
            return rows.size();
        }

        @Override
        public List<ComplaintSummary> campaign(String code, int max) {
            return rows;
        }

        @Override
        public ClockCounters informationClockCounters() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Workload> openWorkload() {
            throw new UnsupportedOperationException();
        }
    }
}
