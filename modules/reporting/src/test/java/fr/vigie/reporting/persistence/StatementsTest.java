package fr.vigie.reporting.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementsTest {
    @Test
    void onlyWhitelistedSortKeysReachTheSql() {
        Map<String, String> sorts = Map.of("dueDate", "due_date");
        assertEquals("due_date", Statements.orderBy(sorts, "dueDate", "id"));
        assertEquals("id", Statements.orderBy(sorts, "1; DROP TABLE x", "id"));
        assertEquals("id", Statements.orderBy(sorts, null, "id"));
    }

    @Test
    void pagesAreBounded() {
        assertEquals(" LIMIT 1 OFFSET 0", Statements.limit(-5, 0));
        assertEquals(" LIMIT 25 OFFSET 50", Statements.limit(50, 25));
        assertEquals(" LIMIT 100000 OFFSET 0", Statements.limit(0, Integer.MAX_VALUE));
    }
}
