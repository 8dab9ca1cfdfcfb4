package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageArgumentsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void aDayIsWrittenOutInTheReadersLanguage() {
        assertEquals("5 décembre 2026", MessageArguments.day(DAY, Locale.FRENCH));
        assertEquals("5 December 2026", MessageArguments.day(DAY, Locale.ENGLISH));
        assertEquals("1 mars 2027", MessageArguments.day(LocalDate.of(2027, 3, 1), Locale.FRENCH));
    }

    @Test
    void onlyDaysAreRewrittenAndTheGivenArgumentsAreLeftAlone() {
        Object[] given = {DAY, 3, "DA-2026-000001", null};
        assertArrayEquals(
                new Object[] {"5 décembre 2026", 3, "DA-2026-000001", null},
                MessageArguments.inWords(given, Locale.FRENCH));
        assertEquals(DAY, given[0]);
    }

    @Test
    void aRefusalNamingADayNeverShowsItInIsoForm() {
        DomainException refused = DomainException.onField("file", "error.document.attachThroughCase", DAY);
        String french = refused.localizedMessage(Locale.FRENCH);
        assertEquals(false, french.contains("2026-12-05"), french);
        assertEquals(true, french.contains("5 décembre 2026"), french);
    }
}
