package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.ClockCounters;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.application.WorklistQuery;
import fr.vigie.complaints.application.Workload;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The work list, written for PostgreSQL ({@link WorklistSql}): filters, sort and paging happen in SQL,
 * never in memory.
 * Full-text search uses the generated {@code facts_tsv} column (French configuration, GIN index);
 * the organisation filter uses the trigram index on the lower-cased name. Sort keys are
 * whitelisted: user input never reaches the SQL text, only its parameters.
 */
@ApplicationScoped
public class SqlWorklistQuery implements WorklistQuery {
    private static final int EXPORT_CHUNK = 5_000;

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    public Page<ComplaintSummary> page(
            WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
        Sql page = WorklistSql.page(filter, sortField, ascending, offset, limit);
        List<ComplaintSummary> rows = new ArrayList<>();
        for (Object row :
                bind(em.createNativeQuery(page.jpaSql()), page.params()).getResultList()) {
            rows.add(summary((Object[]) row));
        }
        Sql count = WorklistSql.count(filter, Page.COUNT_CAP);
        long total = ((Number) bind(em.createNativeQuery(count.jpaSql()), count.params())
                        .getSingleResult())
                .longValue();
        return new Page<>(
                rows,
                Math.min(total, Page.COUNT_CAP),
                total > Page.COUNT_CAP,
                Math.max(0, offset),
                Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /**
     * Every row matching the filter, in the list's order, read a chunk at a time so that an export
     * of a hundred thousand rows never holds them all in memory.
     *
     * @return how many rows were given to {@code sink}
     */
    public int forEachRow(
            WorklistFilter filter,
            String sortField,
            boolean ascending,
            int max,
            java.util.function.Consumer<ComplaintSummary> sink) {
        int done = 0;
        while (done < max) {
            int chunk = Math.min(EXPORT_CHUNK, max - done);
            Sql page = WorklistSql.page(filter, sortField, ascending, done, chunk);
            List<?> rows =
                    bind(em.createNativeQuery(page.jpaSql()), page.params()).getResultList();
            for (Object row : rows) {
                sink.accept(summary((Object[]) row));
            }
            done += rows.size();
            if (rows.size() < chunk) {
                break;
            }
        }
        return done;
    }

    /** Reads the row of {@link WorklistSql#ROW_COLUMNS}. */
    static ComplaintSummary summary(Object[] r) {
        return new ComplaintSummary(
                (String) r[0],
                ((Number) r[1]).longValue(),
                date(r[2]),
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                Boolean.TRUE.equals(r[8]),
                (String) r[9],
                (String) r[10],
                (String) r[11],
                date(r[12]),
                r[13] == null ? null : ((Number) r[13]).longValue());
    }

    /** The complaints of a campaign (at most {@code max}), oldest first. */
    public List<ComplaintSummary> campaign(String code, int max) {
        List<ComplaintSummary> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + WorklistSql.ROW_COLUMNS + " FROM complaints.complaint c"
                        + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                        + " WHERE c.campaign = ?1 ORDER BY c.id LIMIT " + Math.max(1, max))
                .setParameter(1, code)
                .getResultList()) {
            rows.add(summary((Object[]) row));
        }
        return rows;
    }

    public ClockCounters informationClockCounters() {
        long atRisk = 0;
        long breached = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT cs.state, COUNT(*) FROM complaints.complaint c"
                        + " JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                        + " WHERE c.status <> 'CLOSED' AND cs.state IN ('AT_RISK', 'BREACHED') GROUP BY cs.state")
                .getResultList();
        for (Object[] row : counts) {
            if ("AT_RISK".equals(row[0])) {
                atRisk = ((Number) row[1]).longValue();
            } else {
                breached = ((Number) row[1]).longValue();
            }
        }
        return new ClockCounters(atRisk, breached);
    }

    public List<Workload> openWorkload() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT assignee, COUNT(*) FROM complaints.complaint"
                        + " WHERE status <> 'CLOSED' AND assignee IS NOT NULL GROUP BY assignee ORDER BY assignee")
                .getResultList();
        return rows.stream()
                .map(r -> new Workload((String) r[0], ((Number) r[1]).longValue()))
                .toList();
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
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
