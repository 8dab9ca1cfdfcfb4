package fr.vigie.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.reporting.application.ReportRows.CrossBorderItem;
import fr.vigie.reporting.application.ReportRows.TransmissionCount;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CrossBorderItemTest {
    private static final LocalDate OPENED = LocalDate.of(2027, 4, 2);

    private static CrossBorderItem item(LocalDate dueOn, LocalDate today) {
        return CrossBorderItem.of(
                "crossborder:TF-2027-000001",
                "TF-2027-000001",
                "LEAD",
                "FR",
                "Org",
                "GDPR_AND_REGULATION_2025_2518",
                "STANDARD",
                "INVESTIGATING",
                OPENED,
                dueOn,
                today);
    }

    @Test
    void onTheDueDayTheCaseIsStillInTime() {
        LocalDate due = LocalDate.of(2028, 7, 2);
        CrossBorderItem c = item(due, due);
        assertEquals(0L, c.daysLeft());
        assertFalse(c.overdue());
        assertEquals(457, c.daysSinceOpening());
    }

    @Test
    void theDayAfterTheDueDayTheCaseIsOverdue() {
        LocalDate due = LocalDate.of(2028, 7, 2);
        CrossBorderItem c = item(due, due.plusDays(1));
        assertEquals(-1L, c.daysLeft());
        assertTrue(c.overdue());
    }

    @Test
    void underTheGdprAloneNoDeadlineRuns() {
        CrossBorderItem c = item(null, OPENED.plusDays(30));
        assertNull(c.daysLeft());
        assertFalse(c.overdue());
        assertEquals(30, c.daysSinceOpening());
    }

    @Test
    void transmissionsAddUp() {
        assertEquals(10, new TransmissionCount(1, 2, 3, 4).total());
    }
}
