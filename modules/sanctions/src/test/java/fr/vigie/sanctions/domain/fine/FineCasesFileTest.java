package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vector file reader: columns by name, quoted notes, comments, and a clear error on a bad header. */
class FineCasesFileTest {

    @Test
    void findsColumnsByNameInAnyOrder() {
        List<FineCase> rows = FineCasesFile.parse("""
                expected,case_id,procedure,infringements,turnover_eur,fine_eur,penalty_per_day_eur,expected_cap_eur
                REFUSED,Z1,ORDINARY,83(4),,10000001,0,10000000.00
                # a comment line
                """, "test");
        assertEquals(1, rows.size());
        FineCase row = rows.get(0);
        assertEquals("Z1", row.id());
        assertEquals("REFUSED", row.expected());
        assertEquals("", row.turnoverEur());
        assertEquals("", row.note());
        assertEquals(2, row.line());
        assertTrue(row.toString().startsWith("Z1: ORDINARY 83(4), turnover unknown"), row.toString());
    }

    @Test
    void aQuotedNoteKeepsItsComma() {
        FineCase row = FineCasesFile.parse("""
                case_id,procedure,infringements,turnover_eur,fine_eur,penalty_per_day_eur,expected_cap_eur,expected,note
                F06,ORDINARY,83(5),300000000,20000000,0,20000000.00,ACCEPTED,"4% of 300M = 12M, static 20M applies"
                """, "test").get(0);
        assertEquals("4% of 300M = 12M, static 20M applies", row.note());
        assertEquals("ACCEPTED", row.expected());
    }

    @Test
    void aRelativePathTypedAtTheProjectRootIsFound() {
        // the tests run in modules/sanctions; the project root is two levels up
        Path fromRoot = Path.of("modules", "sanctions", "src", "test", "resources", "fine", "fine-cases.csv");
        assertTrue(
                Files.exists(FineCasesFile.locate(fromRoot)),
                FineCasesFile.locate(fromRoot).toString());
        assertEquals(20, FineCasesFile.external(fromRoot).size());
        Path absent = Path.of("no-such-file.csv");
        assertEquals(absent, FineCasesFile.locate(absent));
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException wrong = assertThrows(
                IllegalArgumentException.class,
                () -> FineCasesFile.parse("case_id,procedure\nF1,ORDINARY\n", "wrong.csv"));
        assertTrue(wrong.getMessage().startsWith("Column 'infringements' missing from wrong.csv"), wrong.getMessage());
    }
}
