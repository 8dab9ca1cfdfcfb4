package fr.vigie.complaints.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorklistSqlTest {
    @Test
    void userTextIsAlwaysAParameter() {
        String evil = "x'); DROP TABLE complaints.complaint; --";
        WorklistFilter f = new WorklistFilter(Set.of(evil), evil, evil, evil, evil, evil, null, null, evil);
        Sql page = WorklistSql.page(f, evil, true, 0, 20);
        assertFalse(page.jpaSql().contains("DROP"), page.jpaSql());
        assertEquals(List.of(evil, "%x'); drop table complaints.complaint; --%", evil), page.params());
    }

    @Test
    void closedListValuesAreLiteralsAndUnknownOnesMatchNothing() {
        WorklistFilter f = new WorklistFilter(
                Set.of("ASSIGNED", "RECEIVED", "NOPE"), null, null, "MINORS", "HIGH", "AT_RISK", null, null, null);
        String sql = WorklistSql.page(f, "priority", false, 0, 20).jpaSql();
        assertTrue(sql.contains("c.status IN ('ASSIGNED', 'RECEIVED')"), sql);
        assertTrue(sql.contains("c.categories && ARRAY['MINORS']::text[]"), sql);
        assertTrue(sql.contains("cs.state IN ('AT_RISK')"), sql);
        String none = WorklistSql.count(
                        new WorklistFilter(Set.of("NOPE"), null, null, null, null, null, null, null, null), 10)
                .jpaSql();
        assertTrue(none.contains("c.status IN (NULL)"), none);
    }

    @Test
    void aSirenOrSiretFiltersOnTheSirenAndOtherTextOnTheName() {
        WorklistFilter siret =
                new WorklistFilter(Set.of(), null, "732 829 320 00074", null, null, null, null, null, null);
        assertEquals(List.of("732829320"), WorklistSql.count(siret, 10).params());
        WorklistFilter name = new WorklistFilter(Set.of(), null, "100%_Net", null, null, null, null, null, null);
        assertEquals(List.of("%100\\%\\_net%"), WorklistSql.count(name, 10).params());
    }

    @Test
    void jdbcMarkersFollowTheOrderOfTheParameters() {
        WorklistFilter f = new WorklistFilter(
                Set.of(),
                "agent01",
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1),
                "caméra");
        Sql count = WorklistSql.count(f, 10_000);
        assertEquals(4, count.params().size());
        assertFalse(count.jdbcSql().matches(".*\\?\\d.*"), count.jdbcSql());
        assertEquals(4, count.jdbcSql().chars().filter(ch -> ch == '?').count());
        assertTrue(count.jpaSql().endsWith("LIMIT 10001) m"), "the count stops after the cap");
        assertEquals(1_000, Page.COUNT_CAP);
    }

    @Test
    void unknownSortFallsBackToReceiptAndNullableKeysSortLast() {
        String sql = WorklistSql.page(WorklistFilter.none(), "no such column", false, 40, 20)
                .jpaSql();
        assertTrue(sql.contains("ORDER BY c.received_on DESC, c.id DESC LIMIT 20 OFFSET 40"), sql);
        String byDue = WorklistSql.page(WorklistFilter.none(), "informDue", true, 0, 20)
                .jpaSql();
        assertTrue(byDue.contains("ORDER BY cs.due_date ASC NULLS LAST, c.id ASC"), byDue);
        assertTrue(WorklistSql.page(WorklistFilter.none(), null, true, 0, 1_000_000)
                .jpaSql()
                .contains("LIMIT " + WorklistSql.MAX_PAGE + " "));
    }
}
