package fr.vigie.inspections.persistence;

import fr.vigie.inspections.application.BoardCell;
import fr.vigie.inspections.application.HomeItem;
import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.application.InspectionListPage;
import fr.vigie.inspections.application.InspectionLists;
import fr.vigie.inspections.application.InspectionSummary;
import fr.vigie.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The list, board and home-page queries of {@link InspectionLists}, in SQL ({@link InspectionListSql}). */
@ApplicationScoped
public class InspectionListQuery implements InspectionLists {
    private static final int EXPORT_CHUNK = 5_000;

    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public InspectionListPage page(
            InspectionFilter filter, String sortField, boolean ascending, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        InspectionListSql.Statement page = InspectionListSql.page(filter, sortField, ascending, offset, size);
        List<InspectionSummary> rows = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(page.sql()), page.params()).getResultList()) {
            rows.add(summary((Object[]) row));
        }
        InspectionListSql.Statement count = InspectionListSql.count(filter, Page.COUNT_CAP);
        long total = ((Number)
                        bind(em.createNativeQuery(count.sql()), count.params()).getSingleResult())
                .longValue();
        return new InspectionListPage(
                rows, Math.min(total, Page.COUNT_CAP), total > Page.COUNT_CAP, Math.max(0, offset), size);
    }

    @Override
    public int forEachRow(
            InspectionFilter filter, String sortField, boolean ascending, int max, Consumer<InspectionSummary> sink) {
        int done = 0;
        while (done < max) {
            int chunk = Math.min(EXPORT_CHUNK, max - done);
            InspectionListSql.Statement page = InspectionListSql.page(filter, sortField, ascending, done, chunk);
            List<?> rows = bind(em.createNativeQuery(page.sql()), page.params()).getResultList();
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

    @Override
    public List<BoardCell> board(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT theme, planned_quarter,"
                        + " COUNT(*) FILTER (WHERE status = 'PLANNED'),"
                        + " COUNT(*) FILTER (WHERE status NOT IN ('PLANNED', 'CLOSED')),"
                        + " COUNT(*) FILTER (WHERE status = 'CLOSED')"
                        + " FROM inspections.inspection WHERE planned_year = ?1 GROUP BY theme, planned_quarter"
                        + " ORDER BY theme, planned_quarter")
                .setParameter(1, year)
                .getResultList();
        return rows.stream()
                .map(r -> new BoardCell(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }

    @Override
    public List<HomeItem> missionOrdersToSign(int max) {
        return items("SELECT reference, organisation_name, status, mission_date, organisation_id"
                + " FROM inspections.inspection"
                + " WHERE status = 'PREPARED' AND mission_signed_by IS NULL ORDER BY mission_date, id DESC LIMIT "
                + max);
    }

    @Override
    public List<HomeItem> toClose(int max) {
        return items(
                "SELECT reference, organisation_name, status, COALESCE(observations_received_on, observations_due_on),"
                        + " organisation_id"
                        + " FROM inspections.inspection WHERE status = 'OBSERVATIONS_CLOSED' ORDER BY id DESC LIMIT "
                        + max);
    }

    @Override
    public List<HomeItem> ofInspector(String username, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.reference, i.organisation_name, i.status,"
                        + " CASE i.status WHEN 'PREPARED' THEN i.mission_date WHEN 'MINUTES_NOTIFIED' THEN i.observations_due_on END d,"
                        + " i.organisation_id"
                        + " FROM inspections.inspection i WHERE i.status <> 'CLOSED' AND (i.lead_inspector = ?1 OR EXISTS"
                        + " (SELECT 1 FROM inspections.team_member t WHERE t.inspection_id = i.id AND t.username = ?1))"
                        + " ORDER BY d NULLS LAST, i.id DESC LIMIT " + max)
                .setParameter(1, username)
                .getResultList();
        return rows.stream().map(InspectionListQuery::item).toList();
    }

    @Override
    public Set<String> teamOf(String reference) {
        Set<String> team = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT i.lead_inspector FROM inspections.inspection i"
                        + " WHERE i.reference = ?1 AND i.lead_inspector IS NOT NULL"
                        + " UNION ALL SELECT t.username FROM inspections.team_member t JOIN inspections.inspection i"
                        + " ON i.id = t.inspection_id WHERE i.reference = ?1")
                .setParameter(1, reference)
                .getResultList();
        rows.forEach(r -> team.add((String) r));
        return team;
    }

    private List<HomeItem> items(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(InspectionListQuery::item).toList();
    }

    private static HomeItem item(Object[] r) {
        return new HomeItem((String) r[0], (String) r[1], (String) r[2], date(r[3]), id(r[4]));
    }

    static InspectionSummary summary(Object[] r) {
        return new InspectionSummary(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(),
                (String) r[7],
                (String) r[8],
                (String) r[9],
                date(r[10]),
                date(r[11]),
                (String) r[12],
                id(r[13]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
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
