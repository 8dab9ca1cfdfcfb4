package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationQueriesFindAllTest {
    private static final OrganisationSummary SEVEN =
            new OrganisationSummary(7, "732829320", null, "Sept", false, null, null, "FR", true, null, 0);

    private final RecordingSearch search = new RecordingSearch();
    private final OrganisationQueries queries = new OrganisationQueries();

    {
        queries.search = search;
    }

    @Test
    void oneStatementForDistinctIdsKeyedById() {
        Map<Long, OrganisationSummary> found = queries.findAll(Arrays.asList(7L, 7L, null, 99L));

        assertEquals(1, search.asked.size());
        assertEquals(Set.of(7L, 99L), Set.copyOf(search.asked.get(0)));
        assertEquals(Map.of(7L, SEVEN), found);
    }

    @Test
    void noIdsNoStatement() {
        assertTrue(queries.findAll(Arrays.asList((Long) null)).isEmpty());
        assertTrue(queries.findAll(List.of()).isEmpty());
        assertTrue(search.asked.isEmpty());
    }

    private static final class RecordingSearch implements OrganisationSearch {
        final List<List<Long>> asked = new ArrayList<>();

        @Override
        public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrganisationSummary> byIds(Collection<Long> ids) {
            asked.add(List.copyOf(ids));
            return ids.contains(7L) ? List.of(SEVEN) : List.of();
        }
    }
}
