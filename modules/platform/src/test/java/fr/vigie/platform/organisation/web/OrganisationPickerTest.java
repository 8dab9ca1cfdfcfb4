package fr.vigie.platform.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.Siren;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The picker's completion without a server: what is searched for a typed text, and how suggestions read. */
class OrganisationPickerTest {
    private static final OrganisationSummary ACME = new OrganisationSummary(
            7, "732829320", "73282932000074", "Acmé Santé", false, "5710", "86.10Z", "FR", true, null, 0);

    @Test
    void nineDigitsSearchBySiren() {
        assertEquals(
                Optional.of(new OrganisationQuery(null, "732829320", null)), OrganisationPicker.queryFor("732829320"));
    }

    @Test
    void fourteenDigitsSearchBySiret() {
        assertEquals(
                Optional.of(new OrganisationQuery(null, "73282932000074", null)),
                OrganisationPicker.queryFor("73282932000074"));
    }

    @Test
    void aNumberWrittenWithSpacesIsStillANumber() {
        assertEquals(
                Optional.of(new OrganisationQuery(null, "732829320", null)),
                OrganisationPicker.queryFor(" 732 829 320 "));
        assertEquals(
                Optional.of(new OrganisationQuery(null, "73282932000074", null)),
                OrganisationPicker.queryFor("732 829 320 00074"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "Éloïse", "12345", "1234567890", "Société 732829320", "ab"})
    void anythingElseSearchesByName(String typed) {
        assertEquals(Optional.of(OrganisationQuery.byText(typed.strip())), OrganisationPicker.queryFor(typed));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "a", "  é  ", "\t"})
    void blankOrOneCharacterSearchesNothing(String typed) {
        assertEquals(Optional.empty(), OrganisationPicker.queryFor(typed));
        FakeDirectory directory = new FakeDirectory();
        assertEquals(List.of(), picker(directory).complete(typed));
        assertTrue(directory.queries.isEmpty(), "no query for " + typed);
    }

    @Test
    void completionAsksTheDirectoryForTenAtMost() {
        FakeDirectory directory = new FakeDirectory();
        directory.answer = List.of(ACME);
        assertEquals(List.of(ACME), picker(directory).complete("acm"));
        assertEquals(List.of(OrganisationQuery.byText("acm")), directory.queries);
        assertEquals(List.of(10), directory.limits);
        assertEquals(List.of(0), directory.offsets);
    }

    @Test
    void aNumberTheDirectoryRefusesSuggestsNothing() {
        FakeDirectory directory = new FakeDirectory();
        directory.refuse = true;
        assertEquals(List.of(), picker(directory).complete("123456789"));
        assertEquals(List.of(new OrganisationQuery(null, "123456789", null)), directory.queries);
    }

    @Test
    void aSuggestionReadsNameSirenAndSector() {
        assertEquals("Acmé Santé — 732829320 — 86.10Z", OrganisationPicker.describe(ACME, "Diffusion partielle"));
    }

    @Test
    void aPartlyPublicUnitShowsTheDiffusionTextInsteadOfAName() {
        OrganisationSummary hidden =
                new OrganisationSummary(8, "732829320", null, null, true, "1000", "96.02A", "FR", true, null, 0);
        assertEquals(
                "Diffusion partielle (nom non diffusé) — 732829320 — 96.02A",
                OrganisationPicker.describe(hidden, "Diffusion partielle (nom non diffusé)"));
    }

    @Test
    void aForeignOrganisationWithoutSectorShowsItsNameOnly() {
        OrganisationSummary foreign =
                new OrganisationSummary(9, null, null, "Globex GmbH", false, null, null, "DE", true, null, 0);
        assertEquals("Globex GmbH", OrganisationPicker.describe(foreign, "Diffusion partielle"));
    }

    @Test
    void theConverterReadsOnlyIds() {
        assertEquals(Long.valueOf(42), OrganisationConverter.idOf(" 42 "));
        assertEquals(null, OrganisationConverter.idOf("Acme — 732829320"));
        assertEquals(null, OrganisationConverter.idOf(""));
        assertEquals(null, OrganisationConverter.idOf(null));
        assertEquals(null, OrganisationConverter.idOf("99999999999999999999"));
    }

    private static OrganisationPicker picker(OrganisationDirectory directory) {
        OrganisationPicker picker = new OrganisationPicker();
        picker.directory = directory;
        return picker;
    }

    /** Records the searches and answers a fixed page (or refuses, as the directory does a bad SIREN). */
    private static final class FakeDirectory implements OrganisationDirectory {
        final List<OrganisationQuery> queries = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();
        List<OrganisationSummary> answer = List.of();
        boolean refuse;

        @Override
        public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
            queries.add(query);
            offsets.add(offset);
            limits.add(limit);
            if (refuse) {
                throw new DomainException("siren.checksum");
            }
            return Page.exact(answer, answer.size(), offset, limit);
        }

        @Override
        public Optional<OrganisationSummary> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<OrganisationSummary> findBySiren(Siren siren) {
            return Optional.empty();
        }

        @Override
        public java.util.Map<Long, OrganisationSummary> findAll(java.util.Collection<Long> ids) {
            return java.util.Map.of();
        }

        @Override
        public Optional<Money> undertakingTurnover(long organisationId, int financialYear) {
            return Optional.empty();
        }
    }
}
