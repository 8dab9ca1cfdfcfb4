package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.testing.CorrectedDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The inspection list, its export, the home widgets and the declarations of interest name the
 * organisation as the directory names it today (ADR 7 step 1), one directory query per page; rows
 * without an id show their copy.
 */
class InspectionListOrganisationTest {
    private final CorrectedDirectory directory = new CorrectedDirectory();
    private final InspectionQueries queries = new InspectionQueries();

    {
        queries.directory = directory;
        queries.lists = new Lists();
    }

    private static InspectionSummary row(String reference, String name, String number, Long id) {
        return new InspectionSummary(
                reference,
                "OPENED",
                "PROGRAMME",
                "ON_SITE",
                "HEALTH",
                2026,
                4,
                name,
                number,
                "inspector",
                LocalDate.of(2026, 12, 1),
                null,
                null,
                id);
    }

    @Test
    void aListPageShowsTheDirectorysNameReadOnce() {
        InspectionListPage page = queries.list(InspectionFilter.none(), "openedOn", false, 0, 20);

        assertEquals(1, directory.pageReads);
        assertEquals(
                List.of("Nouveau nom", "Foreign GmbH", "Nouveau nom"),
                page.rows().stream().map(InspectionSummary::organisationName).toList());
        assertEquals(
                Arrays.asList("732829320", null, "73282932000074"),
                page.rows().stream().map(InspectionSummary::organisationNumber).toList());
        assertEquals(3, page.total());
    }

    @Test
    void theExportShowsTheDirectorysName() {
        List<InspectionSummary> written = new ArrayList<>();
        assertEquals(3, queries.export(InspectionFilter.none(), "openedOn", false, 100, written::add));
        assertEquals(1, directory.pageReads);
        assertEquals("Nouveau nom", written.get(0).organisationName());
    }

    @Test
    void homeWidgetsShowTheDirectorysName() {
        assertEquals(
                List.of("Nouveau nom", "Copie"),
                queries.missionOrdersToSign(5).stream()
                        .map(HomeItem::organisationName)
                        .toList());
        assertEquals("Nouveau nom", queries.toClose(5).get(0).organisationName());
        assertEquals(2, directory.pageReads);
    }

    @Test
    void declarationsOfInterestShowTheDirectorysNameAndKeepTheirOwnOtherwise() {
        Stamp stamp = new Stamp("inspector", Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1));
        InterestDeclaration linked =
                new InterestDeclaration("inspector", "Ancien nom", "732829320", "Ancien emploi", stamp);
        linked.referToDirectory(7L);
        InterestDeclaration unlinked = new InterestDeclaration("inspector", "Association X", null, "Bénévole", stamp);

        List<DeclaredInterest> shown = DeclaredInterest.of(directory, List.of(linked, unlinked));

        assertEquals(1, directory.pageReads);
        assertEquals(
                new DeclaredInterest(
                        "inspector", "Nouveau nom", "732829320", 7L, "Ancien emploi", LocalDate.of(2026, 12, 1)),
                shown.get(0));
        assertEquals("Association X", shown.get(1).organisationName());
    }

    private final class Lists implements InspectionLists {
        private final List<InspectionSummary> rows = List.of(
                row("CT-2026-0001", "Ancien nom", "552100554", 7L),
                row("CT-2026-0002", "Foreign GmbH", null, null),
                row("CT-2026-0003", "Ancien nom", "73282932000074", 7L));

        @Override
        public InspectionListPage page(
                InspectionFilter filter, String sortField, boolean ascending, int offset, int limit) {
            return new InspectionListPage(rows, rows.size(), false, offset, limit);
        }

        @Override
        public int forEachRow(
                InspectionFilter filter,
                String sortField,
                boolean ascending,
                int max,
                Consumer<InspectionSummary> sink) {
            rows.forEach(sink);
            return rows.size();
        }

        @Override
        public List<BoardCell> board(int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<HomeItem> missionOrdersToSign(int max) {
            return List.of(
                    new HomeItem("CT-2026-0001", "Ancien nom", "PREPARED", null, 7L),
                    new HomeItem("CT-2026-0002", "Copie", "PREPARED", null, null));
        }

        @Override
        public List<HomeItem> toClose(int max) {
            return List.of(new HomeItem("CT-2026-0001", "Ancien nom", "OBSERVATIONS_CLOSED", null, 7L));
        }

        @Override
        public List<HomeItem> ofInspector(String username, int max) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> teamOf(String reference) {
            throw new UnsupportedOperationException();
        }
    }
}
