package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.PriorityLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL of the work list, built without a container so that the benchmark in {@code bench/}
 * measures exactly the statements the screen runs. Sort keys are whitelisted and every user value
 * is a parameter: user input never reaches the SQL text.
 *
 * <p>Parameters are written {@code ?1, ?2...} (JPA native queries); {@link Statement#jdbcSql()}
 * gives the same statement with plain JDBC markers, the numbers being in order of appearance.
 */
public final class WorklistSql {
    /** Largest page (the export reads in pages of this size). */
    public static final int MAX_PAGE = 50_000;
    /**
     * The count stops at this many rows: counting every match of a broad filter reads a heap row
     * per match on every page turn (measured: up to a second at 1M complaints for 10,000 matches),
     * and nobody pages through more than 40 pages; beyond it the screen says "more than 1 000,
     * narrow the filters" (the export still gives every row).
     */
    public static final int COUNT_CAP = 1_000;

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> params) {
        private static final Pattern MARK = Pattern.compile("\\?\\d+");

        public Statement {
            params = List.copyOf(params);
        }

        public String jdbcSql() {
            return MARK.matcher(sql).replaceAll("?");
        }
    }

    public static final String ROW_COLUMNS = "c.reference, c.version, c.received_on, c.status, c.organisation_name,"
            + " c.organisation_identifier,"
            + " array_to_string(c.categories, ','),"
            + " COALESCE(c.priority, c.proposed_priority), c.priority IS NOT NULL, c.assignee, c.campaign,"
            + " cs.state, cs.due_date";

    private static final String PRIORITY_RANK = "CASE COALESCE(c.priority, c.proposed_priority)"
            + " WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END";
    /** Sort keys that are never null: no NULLS LAST, so that the order matches their index. */
    private static final Set<String> NOT_NULL_SORTS = Set.of("receivedOn", "reference", "status",
            "organisation", "priority");
    private static final Map<String, String> SORTS = Map.of(
            "receivedOn", "c.received_on",
            // References are numbered in order of intake within the year of receipt: sorting on them
            // is the chronological order, which the receipt-date index gives without a sort.
            "reference", "c.received_on",
            "status", "c.status",
            "organisation", "c.organisation_name",
            "priority", PRIORITY_RANK,
            "assignee", "c.assignee",
            "informDue", "cs.due_date");
    private static final String FROM = " FROM complaints.complaint c"
            + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id";

    private static final Set<String> STATUSES = names(ComplaintStatus.values());
    private static final Set<String> CATEGORIES = names(Category.values());
    private static final Set<String> PRIORITIES = names(PriorityLevel.values());
    /** The states of a running clock the list filters on. */
    public static final Set<String> CLOCK_STATES = Set.of("RUNNING", "AT_RISK", "BREACHED");

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private WorklistSql() {
    }

    /** One page of rows, sorted on a whitelisted key (then on the id, so that pages never overlap). */
    public static Statement page(WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String key = sortField != null && SORTS.containsKey(sortField) ? sortField : "receivedOn";
        String direction = ascending ? " ASC" : " DESC";
        String nulls = NOT_NULL_SORTS.contains(key) ? "" : " NULLS LAST";
        // The page's ids first (sorted, cut by LIMIT/OFFSET, with no column work), then the columns of
        // those rows only: an offset of thousands then costs an index walk, not thousands of sub-queries.
        String sql = "SELECT " + ROW_COLUMNS + " FROM (SELECT c.id, " + SORTS.get(key) + " AS k" + FROM + where
                + " ORDER BY " + SORTS.get(key) + direction + nulls + ", c.id" + direction + " LIMIT " + size + " OFFSET "
                + start + ") page JOIN complaints.complaint c ON c.id = page.id"
                + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                + " ORDER BY page.k" + direction + nulls + ", c.id" + direction;
        return new Statement(sql, params);
    }

    /** How many rows match, counted up to {@code cap + 1} (more than {@code cap} means "cap+"). */
    public static Statement count(WorklistFilter filter, int cap) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return new Statement("SELECT COUNT(*) FROM (SELECT 1" + FROM + where + " LIMIT " + (cap + 1) + ") m", params);
    }

    static String where(WorklistFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        // Values of a closed list (statuses, category, priority, clock state) are checked against it
        // and written as literals: the planner then sees the real selectivity of each (an open status
        // is 5 % of the rows, CLOSED 95 %) instead of one generic plan for all, and no user text ever
        // reaches the SQL. A value outside the list matches nothing.
        if (!f.statuses().isEmpty()) {
            clauses.add("c.status IN (" + literals(f.statuses(), STATUSES) + ")");
        }
        if (present(f.assignee())) {
            params.add(f.assignee().strip());
            clauses.add("c.assignee = ?" + params.size());
        }
        if (present(f.organisation())) {
            String text = f.organisation().strip();
            String digits = text.replace(" ", "");
            if (digits.matches("\\d{9}|\\d{14}")) {
                params.add(digits.substring(0, 9));
                clauses.add("c.organisation_siren = ?" + params.size());
            } else {
                params.add("%" + likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
                clauses.add("lower(c.organisation_name) LIKE ?" + params.size());
            }
        }
        if (present(f.category())) {
            // The complaint's own copy of its categories (migration V5, GIN index): combined with the
            // other filters on one table instead of a semi-join to complaint_category.
            clauses.add("c.categories && ARRAY[" + literals(Set.of(f.category()), CATEGORIES) + "]::text[]");
        }
        if (present(f.priority())) {
            clauses.add("COALESCE(c.priority, c.proposed_priority) IN (" + literals(Set.of(f.priority()), PRIORITIES) + ")");
        }
        if (present(f.clockState())) {
            clauses.add("cs.state IN (" + literals(Set.of(f.clockState()), CLOCK_STATES) + ")");
        }
        if (f.receivedFrom() != null) {
            params.add(java.sql.Date.valueOf(f.receivedFrom()));
            clauses.add("c.received_on >= ?" + params.size());
        }
        if (f.receivedTo() != null) {
            params.add(java.sql.Date.valueOf(f.receivedTo()));
            clauses.add("c.received_on <= ?" + params.size());
        }
        if (present(f.text())) {
            params.add(f.text().strip());
            clauses.add("c.facts_tsv @@ websearch_to_tsquery('french', ?" + params.size() + ")");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String literals(Set<String> values, Set<String> allowed) {
        List<String> known = values.stream().filter(allowed::contains).sorted().map(v -> "'" + v + "'").toList();
        return known.isEmpty() ? "NULL" : String.join(", ", known);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
