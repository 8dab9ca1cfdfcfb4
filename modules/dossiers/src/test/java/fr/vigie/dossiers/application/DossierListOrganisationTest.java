package fr.vigie.dossiers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.testing.CorrectedDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The instructors' list and the home widgets (which read it) name the applicant as the directory
 * names it today (ADR 7 step 1), one directory query per page; a dossier without id shows its copy.
 */
class DossierListOrganisationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final CorrectedDirectory directory = new CorrectedDirectory();
    private final DossierQueries queries = new DossierQueries();

    {
        queries.directory = directory;
        queries.stamps = new Stamps();
        queries.list = new DossierListQuery() {
            @Override
            public Page<DossierSummary> page(
                    DossierFilter filter, String sortField, boolean ascending, int offset, int limit, LocalDate today) {
                return Page.exact(
                        List.of(
                                row("DA-2026-000001", "Ancien nom", 7L),
                                row("DA-2026-000002", "Labo sans SIREN", null)),
                        2,
                        offset,
                        limit);
            }

            @Override
            public RegisterPage register(int offset, int limit, String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static DossierSummary row(String reference, String organisation, Long id) {
        return new DossierSummary(
                reference,
                "AUTHORISATION",
                "SUBMITTED",
                "Étude",
                organisation,
                null,
                TODAY,
                null,
                null,
                null,
                0,
                null,
                id);
    }

    @Test
    void aPageShowsTheDirectorysNameReadOnce() {
        AtomicReference<Page<DossierSummary>> page = new AtomicReference<>();
        queries.stamps.backdated(
                new Stamp("instructor", Instant.parse("2026-12-07T09:00:00Z"), TODAY),
                () -> page.set(queries.page(DossierFilter.none(), "submittedOn", false, 0, 20)));

        assertEquals(1, directory.pageReads);
        assertEquals(
                List.of("Nouveau nom", "Labo sans SIREN"),
                page.get().rows().stream().map(DossierSummary::organisation).toList());
        assertEquals("DA-2026-000002", page.get().rows().get(1).reference());
        assertEquals(2, page.get().total());
    }
}
