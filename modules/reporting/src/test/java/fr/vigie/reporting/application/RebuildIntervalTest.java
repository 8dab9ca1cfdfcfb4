package fr.vigie.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RebuildIntervalTest {
    @Test
    void theReleaseRebuildsEveryQuarterHour() {
        ScheduleExpression every = RebuildInterval.DEFAULT.schedule();
        assertEquals("*", every.getHour());
        assertEquals("*/15", every.getMinute());
        assertEquals("0", every.getSecond());
    }

    @Test
    void wholeHoursFireOnTheHour() {
        ScheduleExpression every = new RebuildInterval(120).schedule();
        assertEquals("*/2", every.getHour());
        assertEquals("0", every.getMinute());
        assertEquals("*/24", new RebuildInterval(1440).schedule().getHour());
    }

    @ParameterizedTest(name = "{0} minutes fall on the same slots every hour or day")
    @ValueSource(ints = {1, 2, 5, 10, 20, 30, 60, 180, 360, 720, 1440})
    void slotsThatRepeatAreAccepted(int minutes) {
        assertEquals(minutes, new RebuildInterval(minutes).minutes());
    }

    @ParameterizedTest(name = "{0} minutes are refused")
    @ValueSource(ints = {0, -15, 7, 45, 59, 61, 90, 300, 1441, 2880})
    void slotsThatWouldDriftOrAreOutOfRangeAreRefused(int minutes) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> new RebuildInterval(minutes));
        assertTrue(refused.getMessage().contains("vigie.reporting.job.interval-minutes"), refused.getMessage());
    }
}
