package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.ClockCounters;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.application.WorklistPage;
import fr.vigie.complaints.application.Workload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work list, written for PostgreSQL: filters, sort and paging happen in SQL, never in memory.
 * Full-text search uses the generated {@code facts_tsv} column (French configuration, GIN index);
 * the organisation filter uses the trigram index on the lower-cased name. Sort keys are
 * whitelisted: user input never reaches the SQL text, only its parameters.
 */
@ApplicationScoped
public class WorklistQuery {
    public static final int MAX_PAGE = 50_000;

    private static final String PRIORITY_RANK = "CASE COALESCE(c.priority, c.proposed_priority)"
            + " WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END";
    private static final Map<String, String> SORTS = Map.of(
            "receivedOn", "c.received_on",
            "reference", "c.id",
            "status", "c.status",
            "organisation", "c.organisation_name",
            "priority", PRIORITY_RANK,
            "assignee", "c.assignee",
            "informDue", "cs.due_date");
    private static final String FROM = " FROM complaints.complaint c"
            + " LEFT JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id";

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    public WorklistPage page(WorklistFilter filter, String sortField, boolean ascending, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int start = Math.max(0, offset);
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "c.received_on");
        String direction = ascending ? " ASC" : " DESC";
        String sql = "SELECT c.reference, c.version, c.received_on, c.status, c.organisation_name, c.organisation_identifier,"
                + " (SELECT string_agg(cc.category, ',' ORDER BY cc.category) FROM complaints.complaint_category cc"
                + " WHERE cc.complaint_id = c.id),"
                + " COALESCE(c.priority, c.proposed_priority), c.priority IS NOT NULL, c.assignee, c.campaign,"
                + " cs.state, cs.due_date"
                + FROM + where + " ORDER BY " + order + direction + " NULLS LAST, c.id" + direction
                + " LIMIT " + size + " OFFSET " + start;
        List<ComplaintSummary> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), params).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new ComplaintSummary((String) r[0], ((Number) r[1]).longValue(), date(r[2]), (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], Boolean.TRUE.equals(r[8]), (String) r[9],
                    (String) r[10], (String) r[11], date(r[12])));
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + FROM + where), params).getSingleResult())
                .longValue();
        return new WorklistPage(rows, total, start, size);
    }

    public ClockCounters informationClockCounters() {
        long atRisk = 0;
        long breached = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT cs.state, COUNT(*) FROM complaints.complaint c"
                + " JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                + " WHERE c.status <> 'CLOSED' AND cs.state IN ('AT_RISK', 'BREACHED') GROUP BY cs.state").getResultList();
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
                + " WHERE status <> 'CLOSED' AND assignee IS NOT NULL GROUP BY assignee ORDER BY assignee").getResultList();
        return rows.stream().map(r -> new Workload((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private static String where(WorklistFilter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (String status : f.statuses()) {
                params.add(status);
                marks.add("?" + params.size());
            }
            clauses.add("c.status IN (" + String.join(", ", marks) + ")");
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
            params.add(f.category());
            clauses.add("EXISTS (SELECT 1 FROM complaints.complaint_category cc WHERE cc.complaint_id = c.id"
                    + " AND cc.category = ?" + params.size() + ")");
        }
        if (present(f.priority())) {
            params.add(f.priority());
            clauses.add("COALESCE(c.priority, c.proposed_priority) = ?" + params.size());
        }
        if (present(f.clockState())) {
            params.add(f.clockState());
            clauses.add("cs.state = ?" + params.size());
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

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
