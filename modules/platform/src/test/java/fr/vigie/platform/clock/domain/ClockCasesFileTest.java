package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The vector reader itself, so that a failing vector is never a reader bug. */
class ClockCasesFileTest {

    @Test
    void readsColumnsByNameAndKeepsCommasInTheLastColumn() {
        List<ClockCase> cases = ClockCasesFile.parse(List.of(
                "case,event_date,amount,unit,suspended_days,expected_end,rule",
                "X1,2026-05-13,1,days,0,2026-05-15,Ascension, then Friday",
                "X2,2026-05-07,2,days,0,2026-05-12,",
                "",
                "# a comment"));

        assertEquals(2, cases.size());
        assertEquals(
                new ClockCase("X1", day("2026-05-13"), Period.days(1), 0, day("2026-05-15"), "Ascension, then Friday"),
                cases.get(0));
        assertEquals("", cases.get(1).rule());
    }

    @Test
    void theCaseIdLeadsTheTestName() {
        ClockCase row = new ClockCase("C015", day("2026-05-22"), Period.months(1), 12, day("2026-07-06"), "");

        assertEquals("C015: 2026-05-22 + 1 month + 12 suspended days -> 2026-07-06", row.toString());
    }
}
