package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.application.WorklistQuery;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of the work list, built without a container so that the benchmark in {@code bench/}
 * measures exactly the statements the screen runs. Sort keys are whitelisted and every user value
 * is a parameter: user input never reaches the SQL text.
 *
 * <p>Statements are the kernel's {@link Sql}: {@link Sql#jpaSql()} for a JPA native query,
 * {@link Sql#jdbcSql()} for JDBC. Counts stop at {@link Page#COUNT_CAP} (measured: counting every
 * match of a broad filter took up to a second at 1M complaints for 10,000 matches).
 */
public final class WorklistSql {
    /** Largest page (the export reads in pages of this size). */
    public static final int MAX_PAGE = WorklistQuery.MAX_PAGE;

    public static final String ROW_COLUMNS = "c.reference, c.version, c.received_on, c.status, c.organisation_name,"
            + " c.organisation_identifier,"
            + " array_to_string(c.categories, ','),"
            + " COALESCE(c.priority, c.proposed_priority), c.priority IS NOT NULL, c.assignee, c.campaign,"
            + " cs.state, cs.due_date, c.organisation_id";

    private static final String PRIORITY_RANK =
            "CASE COALESCE(c.priority, c.proposed_priority)" + " WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END";
    /** Sort keys that are never null: no NULLS LAST, so that the order matches their index. */
    private static final Set<String> NOT_NULL_SORTS =
            Set.of("receivedOn", "reference", "status", "organisation", "priority");

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
    private static final String FROM =
            " FROM complaints.complaint c" + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id";

    private static final Set<String> STATUSES = names(ComplaintStatus.values());
    private static final Set<String> CATEGORIES = names(Category.values());
    private static final Set<String> PRIORITIES = names(PriorityLevel.values());
    /** The states of a running clock the list filters on. */
    public static final Set<String> CLOCK_STATES = Set.of("RUNNING", "AT_RISK", "BREACHED");

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private WorklistSql() {}

    /** One page of rows, sorted on a whitelisted key (then on the id, so that pages never overlap). */
    public static Sql page(WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        Sql where = where(filter);
        String key = sortField != null && SORTS.containsKey(sortField) ? sortField : "receivedOn";
        String direction = ascending ? " ASC" : " DESC";
        String nulls = NOT_NULL_SORTS.contains(key) ? "" : " NULLS LAST";
        // The page's ids first (sorted, cut by LIMIT/OFFSET, with no column work), then the columns of
        // those rows only: an offset of thousands then costs an index walk, not thousands of sub-queries.
        return new Sql()
                .append("SELECT " + ROW_COLUMNS + " FROM (SELECT c.id, " + SORTS.get(key) + " AS k" + FROM)
                .appendAll(where)
                .append(" ORDER BY " + SORTS.get(key) + direction + nulls + ", c.id" + direction + " LIMIT " + size
                        + " OFFSET "
                        + start + ") page JOIN complaints.complaint c ON c.id = page.id"
                        + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                        + " ORDER BY page.k" + direction + nulls + ", c.id" + direction);
    }

    /** How many rows match, counted up to {@code cap + 1} (more than {@code cap} means "cap+"). */
    public static Sql count(WorklistFilter filter, int cap) {
        return new Sql()
                .append("SELECT COUNT(*) FROM (SELECT 1" + FROM)
                .appendAll(where(filter))
                .append(" LIMIT " + (cap + 1) + ") m");
    }

    static Sql where(WorklistFilter f) {
        Sql where = new Sql();
        // Values of a closed list (statuses, category, priority, clock state) are checked against it
        // and written as literals: the planner then sees the real selectivity of each (an open status
        // is 5 % of the rows, CLOSED 95 %) instead of one generic plan for all, and no user text ever
        // reaches the SQL. A value outside the list matches nothing.
        if (!f.statuses().isEmpty()) {
            where.where("c.status IN (" + Sql.literals(f.statuses(), STATUSES) + ")");
        }
        if (Sql.present(f.assignee())) {
            where.where("c.assignee = ?", f.assignee().strip());
        }
        if (Sql.present(f.organisation())) {
            String text = f.organisation().strip();
            String digits = text.replace(" ", "");
            if (digits.matches("\\d{9}|\\d{14}")) {
                where.where("c.organisation_siren = ?", digits.substring(0, 9));
            } else {
                where.where(
                        "lower(c.organisation_name) LIKE ?", "%" + Sql.likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (Sql.present(f.category())) {
            // The complaint's own copy of its categories (migration V5, GIN index): combined with the
            // other filters on one table instead of a semi-join to complaint_category.
            where.where("c.categories && ARRAY[" + Sql.literals(Set.of(f.category()), CATEGORIES) + "]::text[]");
        }
        if (Sql.present(f.priority())) {
            where.where("COALESCE(c.priority, c.proposed_priority) IN ("
                    + Sql.literals(Set.of(f.priority()), PRIORITIES) + ")");
        }
        if (f.crossBorderOnly()) {
            // Received as cross-border (Reg. 2025/2518 Art. 4) or qualified so; index of migration V11.
            where.where("(c.xb_route IS NOT NULL OR c.cross_border)");
        }
        if (Sql.present(f.clockState())) {
            where.where("cs.state IN (" + Sql.literals(Set.of(f.clockState()), CLOCK_STATES) + ")");
        }
        if (f.receivedFrom() != null) {
            where.where("c.received_on >= ?", java.sql.Date.valueOf(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            where.where("c.received_on <= ?", java.sql.Date.valueOf(f.receivedTo()));
        }
        if (Sql.present(f.text())) {
            where.where(
                    "c.facts_tsv @@ websearch_to_tsquery('french', ?)", f.text().strip());
        }
        return where;
    }
}
