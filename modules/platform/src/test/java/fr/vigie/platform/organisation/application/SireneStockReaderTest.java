package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SireneStockReaderTest {
    /** INSEE's columns, a subset, in their file order (the reader must not rely on it). */
    static final String HEADER = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,"
            + "prenom1UniteLegale,prenomUsuelUniteLegale,etatAdministratifUniteLegale,nomUniteLegale,"
            + "nomUsageUniteLegale,denominationUniteLegale,categorieJuridiqueUniteLegale,"
            + "activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,"
            + "caractereEmployeurUniteLegale";

    private final List<SireneUnit> units = new ArrayList<>();
    private final List<SireneRejection> rejections = new ArrayList<>();

    private void read(String csv) {
        SireneStockReader.read(new StringReader(csv), new SireneStockReader.Rows() {
            @Override
            public void unit(SireneUnit unit) {
                units.add(unit);
            }

            @Override
            public void rejected(SireneRejection rejection) {
                rejections.add(rejection);
            }
        });
    }

    @Test
    void readsLegalAndNaturalPersons() {
        read(HEADER + "\n"
                + "732829320,O,,1970-01-01,,,A,,,\"Société \"\"Exemple\"\", Paris\",5710,62.01Z,NAFRev2,00074,O\r\n"
                + "552100554,O,,1955-01-01,Jean,,C,DUPONT,MARTIN,,1000,47.11A,NAFRev2,,N\n");
        assertEquals(List.of(), rejections);
        assertEquals(2, units.size());
        SireneUnit company = units.get(0);
        assertEquals("Société \"Exemple\", Paris", company.name());
        assertEquals("73282932000074", company.headOfficeSiret());
        assertEquals(2, company.line());
        assertTrue(company.active());
        SireneUnit person = units.get(1);
        assertEquals("Jean MARTIN", person.name());
        assertEquals(3, person.line());
        assertEquals(false, person.active());
    }

    @Test
    void neverReadsThePersonalNamesOfAPartlyPublicUnit() {
        read(HEADER + "\n" + "542065479,P,,,Jeanne,,A,DURAND,,,1000,85.59A,NAFRev2,,N\n"
                + "356000000,P,,,[ND],[ND],A,[ND],[ND],[ND],1000,,,,N\n");
        assertEquals(List.of(), rejections);
        assertNull(units.get(0).name());
        assertTrue(units.get(0).partlyPublic());
        assertNull(units.get(1).name());
    }

    @Test
    void columnsInAnyOrderAndUnknownColumnsIgnored() {
        read("\uFEFFdenominationUniteLegale,extra,activitePrincipaleUniteLegale,siren,etatAdministratifUniteLegale,"
                + "categorieJuridiqueUniteLegale,statutDiffusionUniteLegale\n"
                + "ACME,whatever,70.10Z,732829320,A,5499,O\n");
        assertEquals(List.of(), rejections);
        assertEquals("ACME", units.get(0).name());
        assertEquals("70.10Z", units.get(0).naf());
        assertEquals("5499", units.get(0).legalForm());
    }

    @Test
    void reportsBadRowsWithTheirLineNumbers() {
        read(HEADER + "\n"
                + "732829321,O,,,,,A,,,Bad checksum,5710,62.01Z,NAFRev2,,O\n" // line 2
                + "73282932,O,,,,,A,,,Too short,5710,62.01Z,NAFRev2,,O\n" // line 3
                + "\"552100554\",O,,,,,A,,,\"Multi\nline name\",5710,62.01Z,NAFRev2,,O\n" // lines 4-5: good
                + "542065479,X,,,,,A,,,Bad diffusion,5710,62.01Z,NAFRev2,,O\n" // line 6
                + "542065479,O,,,,,Z,,,Bad state,5710,62.01Z,NAFRev2,,O\n" // line 7
                + "542065479,O,,,,,A,,,Bad form,57,62.01Z,NAFRev2,,O\n" // line 8
                + "542065479,O,,,,,A,,,Bad NAF,5710,6201,NAFRev2,,O\n" // line 9
                + "542065479,O,,,,,A,,,Bad NIC,5710,62.01Z,NAFRev2,00001,O\n" // line 10
                + "542065479,O,,,,,A,,,,5710,62.01Z,NAFRev2,,O\n" // line 11: no name at all
                + "542065479,O,too,few\n" // line 12
                + "542065479,O,,,,,A,,,Old NAF,5710,74.1A,NAFRev1,,O\n"); // line 13: good, NAF dropped
        Map<Long, String> byLine = new HashMap<>();
        rejections.forEach(r -> byLine.put(r.line(), r.reason()));
        assertEquals(
                Map.of(
                        2L, "import.reject.sirenChecksum",
                        3L, "import.reject.sirenFormat",
                        6L, "import.reject.diffusion",
                        7L, "import.reject.state",
                        8L, "import.reject.legalForm",
                        9L, "import.reject.naf",
                        10L, "import.reject.siret",
                        11L, "import.reject.name",
                        12L, "import.reject.columns"),
                byLine);
        assertEquals(List.of(4L, 13L), units.stream().map(SireneUnit::line).toList());
        assertEquals("Multi\nline name", units.get(0).name());
        assertNull(units.get(1).naf());
    }

    @Test
    void anUnclosedQuoteIsReportedNotSwallowed() {
        read(HEADER + "\n" + "732829320,O,,,,,A,,,\"Never closed,5710,62.01Z,NAFRev2,,O\n");
        assertEquals(1, rejections.size());
        assertEquals(2, rejections.get(0).line());
        assertEquals("import.reject.quote", rejections.get(0).reason());
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        DomainException e = assertThrows(DomainException.class, () -> read("siren,denominationUniteLegale\n1,2\n"));
        assertEquals("organisation.import.header", e.key());
        assertEquals("file", e.field());
        assertEquals(
                "statutDiffusionUniteLegale, etatAdministratifUniteLegale, categorieJuridiqueUniteLegale,"
                        + " activitePrincipaleUniteLegale",
                e.args()[0]);
    }
}
