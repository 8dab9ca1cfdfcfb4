package fr.vigie.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void onlyTheComplianceReportsDefaultToTheLastMonths() {
        Set<Report> defaulted = EnumSet.noneOf(Report.class);
        for (Report r : Report.values()) {
            if (r.hasDefaultPeriod()) {
                defaulted.add(r);
            }
        }
        assertEquals(EnumSet.of(Report.EHDS, Report.ART78), defaulted);
    }
}
