package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.application.DossierFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL text of the instructors' list: whitelisted sort keys, positional parameters for every
 * user value. Plain Java (no JPA), so that the benchmark runs exactly the statements the screen runs.
 */
public final class DossierListSql {
    public static final Map<String, String> SORTS = Map.of(
            "submittedOn", "d.submitted_on",
            "reference", "d.id",
            "status", "d.status",
            "organisation", "lower(d.organisation_name)",
            "instructor", "d.instructor",
            "stageDueOn", "d.stage_due_on",
            "completeOn", "d.complete_on");
    /** The list counts matching rows up to this many (a larger total is shown as "more than"). */
    public static final int COUNT_CAP = 1_000;
    public static final String COLUMNS = "SELECT d.reference, d.procedure, d.status, d.title, d.organisation_name,"
            + " d.instructor, d.submitted_on, d.complete_on, d.stage_due_on, d.available_on, d.data_form";

    /** The list's SQL for a WHERE clause (with positional parameters), sort, page size and offset. */
    public static String listSql(String where, String sortField, boolean ascending, int size, int start) {
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "d.submitted_on");
        String direction = ascending ? " ASC" : " DESC";
        return COLUMNS + " FROM dossiers.dossier d" + where + " ORDER BY " + order + direction + " NULLS LAST, d.id"
                + direction + " LIMIT " + size + " OFFSET " + start;
    }

    /**
     * How many rows match, counted up to {@code cap + 1}: more than {@code cap} means "more than
     * cap". An exact count of a broad filter reads most of the table on every page turn.
     */
    public static String countSql(String where, int cap) {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM dossiers.dossier d" + where + " LIMIT " + (cap + 1) + ") m";
    }

    /** The WHERE clause of a filter, adding its parameters (positional, 1-based) to {@code params}. */
    public static String where(DossierFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (present(f.status())) {
            params.add(f.status());
            clauses.add("d.status = ?" + params.size());
        }
        if (f.openOnly()) {
            clauses.add("d.status NOT IN ('CLOSED', 'REFUSED', 'WITHDRAWN')");
        }
        if (present(f.procedure())) {
            params.add(f.procedure());
            clauses.add("d.procedure = ?" + params.size());
        }
        if (present(f.instructor())) {
            params.add(f.instructor().strip());
            clauses.add("d.instructor = ?" + params.size());
        }
        if (present(f.text())) {
            String text = f.text().strip();
            String digits = text.replace(" ", "");
            if (digits.matches("\\d{9}")) {
                params.add(digits);
                clauses.add("d.siren = ?" + params.size());
            } else if (text.toUpperCase(Locale.ROOT).matches("DA-\\d{4}-\\d{6,}")) {
                params.add(text.toUpperCase(Locale.ROOT));
                clauses.add("d.reference = ?" + params.size());
            } else {
                String lowered = text.toLowerCase(Locale.ROOT);
                params.add(likeEscape(lowered) + "%");
                clauses.add("lower(d.organisation_name) LIKE ?" + params.size());
                // Redundant lower bound (a string sorts after its own prefix in the database's collation): it lets
                // the list sorted by organisation start reading dossier_org_sort_idx at the prefix instead of
                // filtering every name before it; LIKE still decides what matches.
                params.add(lowered);
                clauses.add("lower(d.organisation_name) >= ?" + params.size());
            }
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
