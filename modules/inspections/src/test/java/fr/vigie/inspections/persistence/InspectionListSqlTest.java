package fr.vigie.inspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.inspections.application.InspectionFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionListSqlTest {
    private static final InspectionFilter NONE = new InspectionFilter(null, null, null, null, null, null, null, null);

    @Test
    void theNewestFirstSortMatchesItsIndex() {
        String sql = InspectionListSql.page(NONE, null, false, 0, 25).sql();
        assertTrue(sql.endsWith("ORDER BY i.opened_on DESC, i.id DESC OFFSET 0 LIMIT 25"), sql);
    }

    @Test
    void aNullableSortKeyKeepsNullsLast() {
        String sql = InspectionListSql.page(NONE, "lead", true, 0, 25).sql();
        assertTrue(sql.contains("ORDER BY i.lead_inspector ASC NULLS LAST, i.id ASC"), sql);
    }

    @Test
    void theInspectorFilterAsksTheTeamsOnceWithOneParameter() {
        InspectionFilter mine = new InspectionFilter(null, null, null, null, "inspector", null, null, null);
        InspectionListSql.Statement s = InspectionListSql.page(mine, null, false, 0, 25);
        assertTrue(
                s.sql()
                        .contains(
                                "(i.lead_inspector = ?1 OR i.id IN (SELECT t.inspection_id FROM inspections.team_member t"
                                        + " WHERE t.username = ?1))"),
                s.sql());
        assertFalse(s.sql().contains("EXISTS"), s.sql());
        assertEquals(List.of("inspector"), s.params());
    }
}
