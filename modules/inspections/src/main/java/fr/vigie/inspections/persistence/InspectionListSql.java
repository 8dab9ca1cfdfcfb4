package fr.vigie.inspections.persistence;

import fr.vigie.inspections.application.InspectionFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of the inspection list, separate from its execution so that it is unit-tested and
 * benchmarked as is ({@code bench}). Sort keys come from a whitelist; every value the user typed is a parameter.
 */
public final class InspectionListSql {

    static final String ROW_COLUMNS =
            "i.reference, i.status, i.origin, i.type, i.theme, i.planned_year, i.planned_quarter,"
                    + " i.organisation_name, i.organisation_number, i.lead_inspector, i.opened_on,"
                    + " CASE i.status WHEN 'PREPARED' THEN i.mission_date WHEN 'MINUTES_NOTIFIED' THEN i.observations_due_on END,"
                    + " i.outcome, i.organisation_id";

    private static final Map<String, String> SORTS = Map.of(
            "reference", "i.id",
            "status", "i.status",
            "theme", "i.theme",
            "type", "i.type",
            "origin", "i.origin",
            "organisation", "lower(i.organisation_name)",
            "lead", "i.lead_inspector",
            "quarter", "i.planned_year %s, i.planned_quarter",
            "openedOn", "i.opened_on",
            "nextDeadline",
                    "CASE i.status WHEN 'PREPARED' THEN i.mission_date WHEN 'MINUTES_NOTIFIED' THEN i.observations_due_on END");

    /** Sort keys over NOT NULL columns (V1): sorted without a NULLS clause, so that their indexes serve them. */
    private static final java.util.Set<String> NOT_NULL_SORTS =
            java.util.Set.of("i.id", "i.status", "i.theme", "i.type", "i.origin", "i.opened_on");

    /** A statement and its positional parameters ({@code ?1}, {@code ?2}...). */
    public record Statement(String sql, List<Object> params) {}

    private InspectionListSql() {}

    public static Statement page(InspectionFilter filter, String sortField, boolean ascending, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String direction = ascending ? "ASC" : "DESC";
        String key = SORTS.getOrDefault(sortField == null ? "" : sortField, "i.opened_on");
        // NULLS LAST only where a key can be null: PostgreSQL does not drop it for a NOT NULL column,
        // and an explicit NULLS LAST on a DESC sort keeps it from walking the (opened_on DESC, id DESC) index.
        String nulls = NOT_NULL_SORTS.contains(key) ? "" : " NULLS LAST";
        String order = key.formatted(direction) + " " + direction + nulls + ", i.id " + direction;
        String sql = "SELECT " + ROW_COLUMNS + " FROM inspections.inspection i" + where + " ORDER BY " + order
                + " OFFSET " + Math.max(0, offset) + " LIMIT " + Math.max(1, limit);
        return new Statement(sql, params);
    }

    public static Statement count(InspectionFilter filter, int cap) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return new Statement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM inspections.inspection i" + where + " LIMIT " + (cap + 1)
                        + ") capped",
                params);
    }

    private static String where(InspectionFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.theme() != null) {
            clauses.add("i.theme = ?" + add(params, f.theme()));
        }
        if (f.type() != null) {
            clauses.add("i.type = ?" + add(params, f.type()));
        }
        if (f.status() != null) {
            clauses.add("i.status = ?" + add(params, f.status()));
        }
        if (f.origin() != null) {
            clauses.add("i.origin = ?" + add(params, f.origin()));
        }
        if (f.year() != null) {
            clauses.add("i.planned_year = ?" + add(params, f.year()));
        }
        if (f.quarter() != null) {
            clauses.add("i.planned_quarter = ?" + add(params, f.quarter()));
        }
        if (f.organisation() != null) {
            String digits = f.organisation().replaceAll("\\s", "");
            if (digits.matches("[0-9]{3,14}")) {
                clauses.add("substring(i.organisation_number FROM 1 FOR 9) LIKE ?"
                        + add(params, like(digits.substring(0, Math.min(9, digits.length()))))
                        + " AND i.organisation_number LIKE ?" + add(params, like(digits)));
            } else {
                clauses.add("lower(i.organisation_name) LIKE ?"
                        + add(params, like(f.organisation().toLowerCase(Locale.ROOT))));
            }
        }
        if (f.inspector() != null) {
            int p = add(params, f.inspector());
            // An uncorrelated IN: PostgreSQL hashes the inspector's teams once (a hashed subplan) and can
            // still walk the sort's index, where a correlated EXISTS probed team_member for every row.
            clauses.add(
                    "(i.lead_inspector = ?" + p + " OR i.id IN (SELECT t.inspection_id FROM inspections.team_member t"
                            + " WHERE t.username = ?" + p + "))");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
