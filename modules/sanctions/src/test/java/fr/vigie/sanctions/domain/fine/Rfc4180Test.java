package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc4180Test {

    @Test
    void aQuotedFieldKeepsItsCommasQuotesAndLineBreaks() {
        List<List<String>> records = Rfc4180.parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n");
        assertEquals(
                List.of(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""), List.of("2", "two\nlines", "")),
                records);
    }

    @Test
    void emptyFieldsAndBlankLinesAndNoFinalLineBreak() {
        assertEquals(List.of(List.of("", "", ""), List.of("z")), Rfc4180.parse(",,\n\n\nz"));
        assertEquals(List.of(List.of("")), Rfc4180.parse("\"\""));
        assertTrue(Rfc4180.parse("").isEmpty());
    }

    @Test
    void refusesABrokenQuoteNamingTheLine() {
        IllegalArgumentException open =
                assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("a\n\"never closed,\n"));
        assertEquals("Line 2: a quoted field is never closed", open.getMessage());
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("\"a\"b,c"));
        assertEquals("Line 1: text after a closing quote", after.getMessage());
        IllegalArgumentException inside = assertThrows(IllegalArgumentException.class, () -> Rfc4180.parse("ab\"c"));
        assertEquals("Line 1: a quote inside an unquoted field", inside.getMessage());
    }
}
