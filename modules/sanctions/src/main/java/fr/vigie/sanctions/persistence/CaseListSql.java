package fr.vigie.sanctions.persistence;

import fr.vigie.sanctions.application.CaseFilter;
import fr.vigie.sanctions.application.CaseLists;
import fr.vigie.sanctions.application.CasePage;
import fr.vigie.sanctions.application.CaseRow;
import fr.vigie.sanctions.application.PublishedDecision;
import fr.vigie.sanctions.domain.SanctionCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The lists in SQL: formal notices and cases in one union, filtered, sorted and paged by
 * PostgreSQL; the public register of published decisions.
 */
@ApplicationScoped
public class CaseListSql implements CaseLists {
    private static final Map<String, String> SORTS = Map.of(
            "reference",
            "reference",
            "organisation",
            "organisation",
            "status",
            "status",
            "openedOn",
            "opened_on",
            "nextDueOn",
            "next_due_on",
            "hearingOn",
            "hearing_on");

    static final String ROWS = """
            SELECT 'NOTICE' AS kind, n.reference, 'FORMAL_NOTICE' AS procedure, n.status, n.organisation_name AS organisation,
                   n.organisation_number, NULL::varchar AS rapporteur, n.prepared_on AS opened_on, n.due_on AS next_due_on,
                   NULL::date AS hearing_on, NULL::numeric AS fine, n.status IN ('DRAFT', 'RUNNING') AS is_open,
                   n.organisation_id
            FROM sanctions.formal_notice n
            UNION ALL
            SELECT 'CASE', c.reference, c.procedure, c.status, c.organisation_name, c.organisation_number, c.rapporteur,
                   c.opened_on, c.next_due_on, c.hearing_on,
                   (SELECT SUM(m.fine_amount) FROM sanctions.case_measure m WHERE m.case_id = c.id), c.status <> 'DECIDED',
                   c.organisation_id
            FROM sanctions.sanction_case c
            """;

    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    /** One SQL statement of the list and its parameters ({@code ?1}, {@code ?2}...), as run here and timed by bench/. */
    public record Statement(String sql, List<Object> params) {}

    /** The page of the list: filtered, sorted (then by reference, newest first) and cut by PostgreSQL. */
    public static Statement pageStatement(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String order = SORTS.getOrDefault(sort == null ? "" : sort, "opened_on");
        return new Statement(
                "SELECT kind, reference, procedure, status, organisation, organisation_number, "
                        + "rapporteur, opened_on, next_due_on, hearing_on, fine, organisation_id FROM (" + ROWS + ") r"
                        + where
                        + " ORDER BY " + order
                        + (ascending ? " ASC" : " DESC") + " NULLS LAST, reference DESC OFFSET " + Math.max(0, offset)
                        + " LIMIT " + Math.max(0, limit),
                params);
    }

    /** How many notices and cases the filter selects. */
    public static Statement countStatement(CaseFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return new Statement("SELECT COUNT(*) FROM (" + ROWS + ") r" + where, params);
    }

    @Override
    public CasePage page(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
        Query rows = query(pageStatement(filter, sort, ascending, offset, limit));
        Query count = query(countStatement(filter));
        List<CaseRow> result = new ArrayList<>();
        for (Object each : rows.getResultList()) {
            Object[] r = (Object[]) each;
            result.add(new CaseRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    day(r[7]),
                    day(r[8]),
                    day(r[9]),
                    (BigDecimal) r[10],
                    r[11] == null ? null : ((Number) r[11]).longValue()));
        }
        return new CasePage(result, ((Number) count.getSingleResult()).longValue());
    }

    private Query query(Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.params().size(); i++) {
            query.setParameter(i + 1, statement.params().get(i));
        }
        return query;
    }

    private static String where(CaseFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.kind() != null && !f.kind().isBlank()) {
            params.add(f.kind());
            clauses.add("kind = ?" + params.size());
        }
        if (f.status() != null && !f.status().isBlank()) {
            params.add(f.status());
            clauses.add("status = ?" + params.size());
        }
        if (f.procedure() != null && !f.procedure().isBlank()) {
            params.add(f.procedure());
            clauses.add("procedure = ?" + params.size());
        }
        if (f.rapporteur() != null && !f.rapporteur().isBlank()) {
            params.add(f.rapporteur());
            clauses.add("rapporteur = ?" + params.size());
        }
        if (f.text() != null && !f.text().isBlank()) {
            params.add("%"
                    + f.text()
                            .strip()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
            int p = params.size();
            clauses.add("(lower(reference) LIKE ?" + p + " OR lower(organisation) LIKE ?" + p
                    + " OR organisation_number LIKE ?" + p + ")");
        }
        if (f.openOnly()) {
            clauses.add("is_open");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    @Override
    public List<PublishedDecision> published(int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.reference, c.published_name, c.decided_on, c.published_on, c.anonymise_on, c.anonymised_on IS NOT NULL,
                       (SELECT string_agg(m.type, ',' ORDER BY m.position) FROM sanctions.case_measure m WHERE m.case_id = c.id),
                       (SELECT SUM(m.fine_amount) FROM sanctions.case_measure m WHERE m.case_id = c.id),
                       (SELECT string_agg(DISTINCT b.article, '|') FROM sanctions.case_breach b WHERE b.case_id = c.id)
                FROM sanctions.sanction_case c
                WHERE c.published_on IS NOT NULL
                ORDER BY c.published_on DESC, c.reference DESC
                OFFSET ?1 LIMIT ?2
                """)
                .setParameter(1, offset)
                .setParameter(2, limit)
                .getResultList();
        List<PublishedDecision> result = new ArrayList<>();
        for (Object[] r : rows) {
            boolean anonymised = Boolean.TRUE.equals(r[5]);
            result.add(new PublishedDecision(
                    (String) r[0],
                    anonymised ? SanctionCase.ANONYMISED : (String) r[1],
                    day(r[2]),
                    day(r[3]),
                    day(r[4]),
                    anonymised,
                    split((String) r[6], ","),
                    (BigDecimal) r[7],
                    split((String) r[8], "\\|")));
        }
        return result;
    }

    @Override
    public long publishedCount() {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM sanctions.sanction_case WHERE published_on IS NOT NULL")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<fr.vigie.sanctions.application.ActivityRow> activity() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT year, procedure, article, decisions, with_fine, with_injunction, with_call_to_order,
                       with_limitation, with_suspension, fines_total
                FROM sanctions.report_activity ORDER BY year DESC, procedure, article
                """).getResultList();
        List<fr.vigie.sanctions.application.ActivityRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new fr.vigie.sanctions.application.ActivityRow(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(),
                    (BigDecimal) r[9]));
        }
        return result;
    }

    private static List<String> split(String text, String separator) {
        return text == null ? List.of() : Arrays.asList(text.split(separator));
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
