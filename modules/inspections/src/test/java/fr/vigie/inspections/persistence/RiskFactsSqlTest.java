package fr.vigie.inspections.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RiskFactsSqlTest {
    @Test
    void theScoreOfOneOrganisationMatchesItsInspectionsByDirectoryIdThenBySirenWhileUnlinked() {
        String one = RiskFactsSql.SQL_ONE;
        assertTrue(one.contains("FROM inspections.inspection WHERE (organisation_id = ?13 OR (organisation_id IS NULL"
                + " AND substring(organisation_number FROM 1 FOR 9) = ?12)) GROUP BY 1"));
        assertTrue(one.contains("AND (x.organisation_id = ?13 OR (x.organisation_id IS NULL"
                + " AND substring(x.organisation_number FROM 1 FOR 9) = ?12))"));
        // one row for the organisation even where a linked inspection names another SIREN
        assertTrue(one.contains("SELECT CAST(?12 AS text) AS siren, max(organisation_name)"));
        assertTrue(one.contains("SELECT CAST(?12 AS text) AS siren, count(*) AS serious"));
    }

    @Test
    void theScoreOfOneOrganisationMatchesComplaintsAndSanctionsByTheirViewsDirectoryIdThenBySiren() {
        String one = RiskFactsSql.SQL_ONE;
        // report_case.organisation_id is the SIREN/SIRET typed in the case; directory_id the directory's id
        assertTrue(one.contains("WHERE (rc.directory_id = ?13 OR (rc.directory_id IS NULL"
                + " AND substring(rc.organisation_id FROM 1 FOR 9) = ?12)) AND rc.opened_on >= ?1"));
        assertTrue(one.contains("AND (sc.directory_id = ?13 OR (sc.directory_id IS NULL"
                + " AND substring(sc.organisation_id FROM 1 FOR 9) = ?12))"));
        // grouped under the organisation's SIREN: a linked case naming another SIREN still counts here
        assertTrue(one.contains("SELECT CAST(?12 AS text) AS siren, max(rc.organisation) AS name"));
        assertTrue(one.contains("SELECT CAST(?12 AS text) AS siren, count(*) AS sanctions"));
        assertFalse(one.contains("~ '^[0-9]{9}'"), one);
    }

    @Test
    void theProgrammeRankingStillGroupsEveryOrganisationBySiren() {
        assertFalse(RiskFactsSql.SQL.contains("?12"));
        assertFalse(RiskFactsSql.SQL.contains("?13"));
        assertFalse(RiskFactsSql.SQL.contains("directory_id"));
        assertTrue(RiskFactsSql.SQL.contains(
                "FROM inspections.inspection WHERE organisation_number IS NOT NULL GROUP BY 1"));
    }

    @Test
    void theInspectionsSectionMatchesByDirectoryIdThenBySirenWhileUnlinked() {
        String match = "(i.organisation_id = ?1 OR (i.organisation_id IS NULL"
                + " AND substring(i.organisation_number FROM 1 FOR 9) = ?2))";
        assertTrue(InspectionsProfileSql.LATEST.contains("WHERE " + match + " ORDER BY"), InspectionsProfileSql.LATEST);
        assertTrue(InspectionsProfileSql.FINDINGS_BY_SEVERITY.contains("WHERE " + match + " GROUP BY"));
        assertTrue(InspectionsProfileSql.COUNT_BY_STATUS.contains("WHERE (organisation_id = ?1 OR"));
    }
}
