package fr.vigie.reporting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.reporting.application.Report;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportViewsTest {
    private final Labels english = () -> Locale.ENGLISH;

    @ParameterizedTest
    @EnumSource(Report.class)
    void everyReportHasItsPageView(Report report) {
        assertTrue(ReportViews.has(report));
    }

    @Test
    void aDrillTitleNamesWhatWasClickedAndLeavesOutTheRest() {
        assertEquals(
                "complaints · 2026-01-01", DrillTitles.cases(english, "complaints", "", "2026-01-01", null, " ", null));
        assertEquals("x · s", DrillTitles.forecast("x", "s"));
        assertEquals("", DrillTitles.forecast(null, null));
    }

    @Test
    void aDrillTitleWordsStatesAndOutcomes() {
        assertEquals(
                "dossiers · " + english.label("col.atRisk") + " · " + english.label("col.dueWeek"),
                DrillTitles.clocks(english, "dossiers", "AT_RISK", "WEEK"));
        assertEquals(english.label("col.notDue"), DrillTitles.cases(english, null, null, null, "NOT_DUE", null, null));
    }

    @Test
    void exportLinksCarryTheFilterSet() {
        var filter = new fr.vigie.reporting.domain.ReportFilter(
                java.time.LocalDate.of(2026, 1, 1), null, "complaints", "Équipe Nord", null, null);
        assertEquals(
                "/vigie/api/reports/art78/export?format=csv&lang=en&from=2026-01-01&module=complaints&team=%C3%89quipe+Nord",
                ReportLinks.exportUrl("/vigie", Report.ART78, "csv", "en", filter));
    }

    @Test
    void casesOfModulesWithTheirOwnPageLinkThere() {
        assertEquals(
                "/vigie/dossiers/file.xhtml?reference=D%2F1", ReportLinks.caseUrl("/vigie", "dossiers", "D/1", "r"));
        assertEquals(
                "/vigie/clocks/case.xhtml?caseRef=inspections%3A7",
                ReportLinks.caseUrl("/vigie", "inspections", "I-7", "inspections:7"));
    }
}
