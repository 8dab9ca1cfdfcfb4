package fr.vigie.platform.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void aPeriodShorterThanAYearIsRefusedNotRaised() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(364));
        assertTrue(refused.getMessage().contains("365"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(0));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(-400));
    }

    @Test
    void exactlyAYearIsTheMinimumAndTheDefaultIsLonger() {
        assertEquals(365, new RetentionPeriod(RetentionPeriod.MINIMUM_DAYS).days());
        assertTrue(RetentionPeriod.DEFAULT_DAYS >= RetentionPeriod.MINIMUM_DAYS);
    }

    @Test
    void entriesOlderThanThePeriodArePast() {
        Instant now = Instant.parse("2026-12-06T02:41:00Z");
        assertEquals(Instant.parse("2025-11-01T02:41:00Z"), new RetentionPeriod(400).cutoff(now));
        assertEquals(Instant.parse("2025-12-06T02:41:00Z"), new RetentionPeriod(365).cutoff(now));
    }
}
