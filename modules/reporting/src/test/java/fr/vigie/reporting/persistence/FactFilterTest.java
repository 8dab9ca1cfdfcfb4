package fr.vigie.reporting.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.domain.ReportFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactFilterTest {
    private static final Set<String> MODULES = Set.of("complaints");
    private static final String BY_NAME = "organisation_id IN (SELECT o.organisation_id FROM"
            + " reporting.case_fact o WHERE lower(o.organisation) = ? AND o.organisation_id IS NOT NULL)";

    private static ReportFilter filter(String module, String team, String procedure, String organisation) {
        return new ReportFilter(null, null, module, team, procedure, organisation);
    }

    @Test
    void noFilterKeepsOnlyTheModulesTheReaderMaySee() {
        Sql sql = new Sql();
        FactFilter.common(sql, ReportFilter.NONE, MODULES, true);
        assertEquals(" AND module = ANY(?)", sql.text());
        assertEquals(List.of(List.of("complaints")), sql.params());
    }

    @Test
    void everyFieldIsAParameterInTheOrderOfTheText() {
        Sql sql = new Sql();
        FactFilter.common(sql, filter("complaints", "Nord", "NATIONAL", "123456789"), MODULES, true);
        assertEquals(
                " AND module = ANY(?) AND module = ? AND team = ? AND procedure = ? AND organisation_id = ?",
                sql.text());
        assertEquals(List.of(List.of("complaints"), "complaints", "Nord", "NATIONAL", "123456789"), sql.params());
    }

    @Test
    void aliasPrefixesEveryColumn() {
        Sql sql = new Sql();
        FactFilter.common(sql, filter("complaints", "Nord", "NATIONAL", "12345678901234"), MODULES, true, "c.");
        assertEquals(
                " AND c.module = ANY(?) AND c.module = ? AND c.team = ? AND c.procedure = ? AND c.organisation_id = ?",
                sql.text());
    }

    @Test
    void aggregateTablesAreNotFilteredByOrganisation() {
        Sql sql = new Sql();
        FactFilter.common(sql, filter(null, null, null, "123456789"), MODULES, false);
        assertEquals(" AND module = ANY(?)", sql.text());
    }

    @Test
    void anOrganisationNameIsLookedUpInLowerCase() {
        Sql sql = new Sql();
        FactFilter.organisation(sql, filter(null, null, null, "Hôpital Nord"), "c.");
        assertEquals(" AND c." + BY_NAME, sql.text());
        assertEquals(List.of("hôpital nord"), sql.params());
    }

    @Test
    void aMonthlyPeriodStartsOnTheFirstOfTheMonth() {
        Sql sql = new Sql();
        ReportFilter f = new ReportFilter(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 10), null, null, null, null);
        FactFilter.period(sql, f, "month");
        assertEquals(" AND month >= ? AND month <= ?", sql.text());
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 10)), sql.params());
    }

    @Test
    void aDailyPeriodIsKeptAsGiven() {
        Sql sql = new Sql();
        FactFilter.period(sql, new ReportFilter(LocalDate.of(2026, 3, 15), null, null, null, null, null), "due_date");
        assertEquals(" AND due_date >= ?", sql.text());
        assertEquals(List.of(LocalDate.of(2026, 3, 15)), sql.params());
    }

    @Test
    void noPeriodAddsNothing() {
        Sql sql = new Sql();
        FactFilter.period(sql, ReportFilter.NONE, "c.opened_on");
        assertEquals("", sql.text());
    }

    @Test
    void withoutOrganisationTheAggregateTableIsRead() {
        Sql sql = new Sql();
        FactFilter.targetSource(sql, ReportFilter.NONE);
        assertEquals("reporting.target_month t", sql.text());
    }

    @Test
    void withAnOrganisationItsTwinTableIsRead() {
        Sql sql = new Sql();
        FactFilter.orgAware(
                sql, filter(null, null, null, "123456789"), "reporting.open_day", "reporting.open_day_org", "c");
        assertEquals("(SELECT * FROM reporting.open_day_org WHERE true AND organisation_id = ?) c", sql.text());
        assertEquals(List.of("123456789"), sql.params());
    }

    @Test
    void withAnOrganisationTheDetailTableStandsForTheAggregate() {
        Sql sql = new Sql();
        FactFilter.detailOrAggregate(
                sql,
                filter(null, null, null, "123456789"),
                "reporting.clock_day",
                "SELECT 1 AS n FROM reporting.clock_fact");
        assertEquals("(SELECT 1 AS n FROM reporting.clock_fact WHERE true AND organisation_id = ?) t", sql.text());
        Sql plain = new Sql();
        FactFilter.detailOrAggregate(plain, ReportFilter.NONE, "reporting.clock_day", "SELECT 1");
        assertEquals("reporting.clock_day", plain.text());
    }
}
