package fr.vigie.dossiers.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User input reaches only parameters; sort keys are whitelisted; the text filter picks its index. */
class DossierListSqlTest {

    @Test
    void noFilterNoWhere() {
        List<Object> params = new ArrayList<>();
        assertEquals("", DossierListSql.where(DossierFilter.none(), params));
        assertTrue(params.isEmpty());
    }

    @Test
    void filtersBecomeNumberedParameters() {
        List<Object> params = new ArrayList<>();
        String where = DossierListSql.where(
                new DossierFilter("SUBMITTED", "NATIONAL", "instructor", "Inst'; DROP", true), params);
        assertEquals(List.of("SUBMITTED", "NATIONAL", "instructor", "inst'; drop%", "inst'; drop"), params);
        assertTrue(
                where.contains("d.status = ?1")
                        && where.contains("d.procedure = ?2")
                        && where.contains("d.instructor = ?3")
                        && where.contains("lower(d.organisation_name) LIKE ?4")
                        && where.contains("lower(d.organisation_name) >= ?5"),
                where);
        assertFalse(where.contains("DROP"));
    }

    @Test
    void aSirenOrAReferenceIsLookedUpExactly() {
        List<Object> params = new ArrayList<>();
        assertTrue(DossierListSql.where(new DossierFilter(null, null, null, "732 829 320", false), params)
                .contains("d.siren = ?1"));
        assertEquals(List.of("732829320"), params);
        params.clear();
        assertTrue(DossierListSql.where(new DossierFilter(null, null, null, "da-2026-000042", false), params)
                .contains("d.reference = ?1"));
        assertEquals(List.of("DA-2026-000042"), params);
    }

    @Test
    void unknownSortKeysFallBackToTheSubmissionDate() {
        String sql = DossierListSql.listSql("", "id; DROP TABLE x", true, 25, 50);
        assertTrue(sql.contains("ORDER BY d.submitted_on ASC NULLS LAST, d.id ASC LIMIT 25 OFFSET 50"), sql);
        assertTrue(DossierListSql.listSql("", "stageDueOn", false, 10, 0).contains("ORDER BY d.stage_due_on DESC"));
    }

    @Test
    void theCountStopsAfterTheCap() {
        assertEquals(
                "SELECT COUNT(*) FROM (SELECT 1 FROM dossiers.dossier d WHERE d.status = ?1 LIMIT 1001) m",
                DossierListSql.countSql(" WHERE d.status = ?1", Page.COUNT_CAP));
    }

    @Test
    void likeWildcardsTypedByUsersAreEscaped() {
        assertEquals("50\\%\\_a", Sql.likeEscape("50%_a"));
    }
}
