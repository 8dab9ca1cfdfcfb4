package fr.vigie.platform.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VolumeThresholdTest {
    private final VolumeThreshold twoHundred = new VolumeThreshold(200);

    @Test
    void readingUpToTheThresholdIsUsualOneMoreIsNot() {
        assertFalse(twoHundred.exceededBy(1));
        assertFalse(twoHundred.exceededBy(200));
        assertTrue(twoHundred.exceededBy(201));
        assertTrue(twoHundred.exceededBy(5_000));
    }

    @Test
    void readsAreCountedOverTheLastSixtyMinutes() {
        Instant at = Instant.parse("2026-12-06T10:17:30Z");
        assertEquals(Instant.parse("2026-12-06T09:17:30Z"), twoHundred.countFrom(at));
    }

    @Test
    void oneAlertPerPersonAndClockHour() {
        Instant early = Instant.parse("2026-12-06T10:00:01Z");
        Instant late = Instant.parse("2026-12-06T10:59:59Z");
        Instant next = Instant.parse("2026-12-06T11:00:00Z");
        assertEquals(twoHundred.window(early), twoHundred.window(late));
        assertEquals(Instant.parse("2026-12-06T11:00:00Z"), twoHundred.window(next));
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VolumeThreshold(0));
        assertEquals(1, new VolumeThreshold(1).readsPerHour());
        assertEquals(200, VolumeThreshold.DEFAULT_READS_PER_HOUR);
    }
}
