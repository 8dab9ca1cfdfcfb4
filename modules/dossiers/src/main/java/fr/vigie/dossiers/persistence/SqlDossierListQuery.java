package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.application.DossierListQuery;
import fr.vigie.dossiers.application.DossierSummary;
import fr.vigie.dossiers.application.RegisterEntry;
import fr.vigie.dossiers.application.RegisterPage;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructors' list and the public register, written for PostgreSQL: filters, sort and
 * paging happen in SQL. Sort keys are whitelisted: user input reaches only the parameters.
 * The SQL text is public so that the benchmark measures exactly what the screens run.
 */
@ApplicationScoped
public class SqlDossierListQuery implements DossierListQuery {

    @PersistenceContext(unitName = "dossiers")
    private EntityManager em;

    public Page<DossierSummary> page(
            DossierFilter filter, String sortField, boolean ascending, int offset, int limit, LocalDate today) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        List<Object> params = new ArrayList<>();
        String where = DossierListSql.where(filter, params);
        String sql = DossierListSql.listSql(where, sortField, ascending, size, start);
        List<DossierSummary> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), params).getResultList()) {
            rows.add(summary((Object[]) row, today));
        }
        long counted = ((Number) bind(em.createNativeQuery(DossierListSql.countSql(where, Page.COUNT_CAP)), params)
                        .getSingleResult())
                .longValue();
        // Beyond the cap the paginator stops at the cap, except when the caller already pages further (API).
        return Page.capped(rows, counted, start, size);
    }

    static DossierSummary summary(Object[] r, LocalDate today) {
        LocalDate complete = date(r[7]);
        LocalDate available = date(r[9]);
        long elapsed = complete == null ? 0 : ChronoUnit.DAYS.between(complete, available == null ? today : available);
        String status = (String) r[2];
        fr.vigie.dossiers.domain.Stage stage =
                fr.vigie.dossiers.domain.DossierStatus.valueOf(status).stage();
        return new DossierSummary(
                (String) r[0],
                (String) r[1],
                status,
                (String) r[3],
                (String) r[4],
                (String) r[5],
                date(r[6]),
                complete,
                date(r[8]),
                stage == null ? null : stage.name(),
                elapsed,
                date(r[10]),
                r[11] == null ? null : ((Number) r[11]).longValue());
    }

    /** The public register: submitted applications, and decisions once published; newest first. */
    public RegisterPage register(int offset, int limit, String text) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        List<Object> params = new ArrayList<>();
        String where = " WHERE d.submitted_on IS NOT NULL AND d.status <> 'DRAFT'";
        if (text != null && !text.isBlank()) {
            params.add("%" + Sql.likeEscape(text.strip().toLowerCase(Locale.ROOT)) + "%");
            where += " AND (lower(d.title) LIKE ?" + params.size() + " OR lower(d.organisation_name) LIKE ?"
                    + params.size() + " OR lower(d.reference) LIKE ?" + params.size() + ")";
        }
        String sql = "SELECT d.reference, d.procedure, d.title, d.organisation_name, d.purpose, d.data_categories,"
                + " d.submitted_on, d.decision, d.decision_on, d.decision_reasons, d.permit_expires_on, d.decision_published_on"
                + " FROM dossiers.dossier d" + where + " ORDER BY d.submitted_on DESC, d.id DESC LIMIT " + size
                + " OFFSET " + start;
        List<RegisterEntry> entries = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] r = (Object[]) row;
            boolean published = r[11] != null;
            entries.add(new RegisterEntry(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    date(r[6]),
                    published ? (String) r[7] : null,
                    published ? date(r[8]) : null,
                    published ? (String) r[9] : null,
                    published ? date(r[10]) : null,
                    date(r[11])));
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM dossiers.dossier d" + where), params)
                        .getSingleResult())
                .longValue();
        return new RegisterPage(entries, total, start, size);
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }
}
