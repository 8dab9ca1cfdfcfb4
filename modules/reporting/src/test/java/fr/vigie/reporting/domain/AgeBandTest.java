package fr.vigie.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
        "2026-11-22, M0_3",
        "2026-08-23, M0_3",
        "2026-08-22, M3_6",
        "2026-05-23, M3_6",
        "2026-05-22, M6_12",
        "2025-11-23, M6_12",
        "2025-11-22, Y1_2_5",
        "2024-05-23, Y1_2_5",
        "2024-05-22, OVER_2_5_Y",
        "2010-01-01, OVER_2_5_Y",
        "2026-12-01, M0_3"
    })
    void lowerBoundsAreIncludedInTheOlderBand(LocalDate openedOn, AgeBand expected) {
        assertEquals(expected, AgeBand.of(openedOn, TODAY));
    }

    @Test
    void theSqlBoundsAgreeWithTheBands() {
        for (AgeBand band : AgeBand.values()) {
            assertEquals(band, AgeBand.of(band.openedOnOrBefore(TODAY), TODAY));
        }
    }

    @Test
    void aFilterPeriodMustNotEndBeforeItStarts() {
        ReportFilter.InvalidFilter e = assertThrows(
                ReportFilter.InvalidFilter.class,
                () -> new ReportFilter(TODAY, TODAY.minusDays(1), null, null, null, null));
        assertEquals("to", e.field());
        assertEquals(
                "123456789",
                new ReportFilter(null, null, null, null, null, "123456789")
                        .organisationIdentifier()
                        .orElseThrow());
        assertEquals(
                "acme",
                new ReportFilter(null, null, null, null, null, " ACME ")
                        .organisationName()
                        .orElseThrow());
    }
}
