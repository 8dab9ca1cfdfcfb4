package fr.vigie.platform.organisation.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationSearchSqlByIdsTest {
    @Test
    void theIdsTravelAsOneArrayParameter() {
        assertEquals("{3,7,12}", OrganisationSearchSql.idArray(List.of(3L, 7L, 12L)));
        assertEquals("{42}", OrganisationSearchSql.idArray(List.of(42L)));
    }

    @Test
    void oneStatementByPrimaryKey() {
        assertTrue(OrganisationSearchSql.BY_IDS.endsWith(
                "FROM platform.organisation o WHERE o.id = ANY(CAST(?1 AS bigint[]))"));
    }
}
