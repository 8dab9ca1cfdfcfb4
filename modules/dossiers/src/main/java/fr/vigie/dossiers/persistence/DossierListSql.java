package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.platform.api.persistence.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL text of the instructors' list: whitelisted sort keys, positional parameters for every
 * user value (the kernel's {@link Sql}). Plain Java (no JPA), so that the benchmark runs exactly the statements the screen runs.
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
    public static final String COLUMNS = "SELECT d.reference, d.procedure, d.status, d.title, d.organisation_name,"
            + " d.instructor, d.submitted_on, d.complete_on, d.stage_due_on, d.available_on, d.target_on,"
            + " d.organisation_id";

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

    /**
     * The WHERE clause of a filter with JPA positional parameters ({@code ?1...}), adding their values
     * to {@code params} (which must be empty: the numbering starts at 1).
     */
    public static String where(DossierFilter f, List<Object> params) {
        Sql where = new Sql();
        if (Sql.present(f.status())) {
            where.where("d.status = ?", f.status());
        }
        if (f.openOnly()) {
            where.where("d.status NOT IN ('CLOSED', 'REFUSED', 'WITHDRAWN')");
        }
        if (Sql.present(f.procedure())) {
            where.where("d.procedure = ?", f.procedure());
        }
        if (Sql.present(f.instructor())) {
            where.where("d.instructor = ?", f.instructor().strip());
        }
        if (Sql.present(f.text())) {
            String text = f.text().strip();
            String digits = text.replace(" ", "");
            if (digits.matches("\\d{9}")) {
                where.where("d.siren = ?", digits);
            } else if (text.toUpperCase(Locale.ROOT).matches("DA-\\d{4}-\\d{6,}")) {
                where.where("d.reference = ?", text.toUpperCase(Locale.ROOT));
            } else {
                String lowered = text.toLowerCase(Locale.ROOT);
                where.where("lower(d.organisation_name) LIKE ?", Sql.likeEscape(lowered) + "%");
                // Redundant lower bound (a string sorts after its own prefix in the database's collation): it lets
                // the list sorted by organisation start reading dossier_org_sort_idx at the prefix instead of
                // filtering every name before it; LIKE still decides what matches.
                where.where("lower(d.organisation_name) >= ?", lowered);
            }
        }
        params.addAll(where.params());
        return where.jpaSql();
    }
}
