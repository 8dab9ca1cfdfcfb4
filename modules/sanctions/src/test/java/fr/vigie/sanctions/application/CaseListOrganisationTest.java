package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.testing.CorrectedDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of formal notices and cases and the home page's lists name the organisation as the
 * directory names it today (ADR 7 step 1), one directory query per page; rows without id show their copy.
 */
class CaseListOrganisationTest {
    private final CorrectedDirectory directory = new CorrectedDirectory();
    private final SanctionQueries queries = new SanctionQueries();

    {
        queries.directory = directory;
        queries.lists = new CaseLists() {
            @Override
            public CasePage page(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
                return new CasePage(
                        List.of(
                                row(CaseRow.NOTICE, "MD-2026-000001", "Ancien nom", "732829320", 7L),
                                row(CaseRow.CASE, "SN-2026-000001", "Acme Health GmbH", null, null),
                                row(CaseRow.CASE, "SN-2026-000002", "Ancien nom", "73282932000074", 7L)),
                        42);
            }

            @Override
            public List<PublishedDecision> published(int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long publishedCount() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ActivityRow> activity() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static CaseRow row(String kind, String reference, String name, String number, Long id) {
        return new CaseRow(
                kind,
                reference,
                "ORDINARY",
                "OPENED",
                name,
                number,
                "rapporteur1",
                LocalDate.of(2026, 12, 1),
                null,
                null,
                BigDecimal.ZERO,
                id);
    }

    @Test
    void aPageShowsTheDirectorysNameReadOnce() {
        CasePage page = queries.page(null, "openedOn", false, 0, 20);

        assertEquals(1, directory.pageReads);
        assertEquals(0, directory.singleReads);
        assertEquals(
                List.of("Nouveau nom", "Acme Health GmbH", "Nouveau nom"),
                page.rows().stream().map(CaseRow::organisation).toList());
        assertEquals(
                Arrays.asList("732829320", null, "73282932000074"),
                page.rows().stream().map(CaseRow::organisationNumber).toList());
        assertEquals(42, page.total());
    }

    @Test
    void aHomeListShowsTheDirectorysName() {
        assertEquals("Nouveau nom", queries.deliberations(5).get(0).organisation());
        assertEquals(1, directory.pageReads);
    }
}
