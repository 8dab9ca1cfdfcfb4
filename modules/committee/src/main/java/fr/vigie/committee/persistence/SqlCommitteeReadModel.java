package fr.vigie.committee.persistence;

import fr.vigie.committee.application.CommitteeReadModel;
import fr.vigie.committee.application.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The lists of the committee's screens, in SQL: paging, sorting and filtering in the database
 * ("my dossiers to review" is {@link MyReviewsSql}).
 */
@ApplicationScoped
public class SqlCommitteeReadModel implements CommitteeReadModel {
    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    public Views.MyReviewsPage myReviews(
            String username,
            boolean rapporteurOnly,
            String sort,
            boolean ascending,
            int offset,
            int limit,
            LocalDate today) {
        Query page = em.createNativeQuery(MyReviewsSql.page(sort, ascending))
                .setParameter(1, username)
                .setParameter(2, rapporteurOnly)
                .setParameter(3, limit)
                .setParameter(4, offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        List<Views.MyReview> result = rows.stream()
                .map(r -> new Views.MyReview(
                        ((Number) r[0]).longValue(),
                        reference((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        date(r[5]),
                        date(r[6]),
                        daysLeft(date(r[6]), today),
                        Boolean.TRUE.equals(r[7]),
                        (String) r[8],
                        ((Number) r[9]).intValue()))
                .toList();
        long total = ((Number) em.createNativeQuery(MyReviewsSql.count())
                        .setParameter(1, username)
                        .setParameter(2, rapporteurOnly)
                        .getSingleResult())
                .longValue();
        return new Views.MyReviewsPage(result, total);
    }

    /** Referred dossiers waiting for a session, most urgent first. */
    public List<Views.ReadyReview> awaitingSession(int limit, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.version, r.dossier_ref, r.title, r.applicant_name,"
                        + " r.opinion_due_date, r.referred_on, r.rapporteur FROM committee.review r"
                        + " WHERE r.stage = 'AWAITING_SESSION' ORDER BY r.opinion_due_date NULLS LAST, r.id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Views.ReadyReview(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        reference((String) r[2]),
                        (String) r[3],
                        (String) r[4],
                        date(r[5]),
                        daysLeft(date(r[5]), today),
                        date(r[6]),
                        (String) r[7]))
                .toList();
    }

    /** Sessions, most recent first, paged. */
    public List<Views.SessionSummary> sessions(int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT s.id, s.reference, s.session_date, s.title, s.status,"
                                + " (SELECT count(*) FROM committee.agenda_item a WHERE a.session_id = s.id)"
                                + " FROM committee.committee_session s ORDER BY s.session_date DESC, s.id DESC LIMIT ?1 OFFSET ?2")
                .setParameter(1, limit)
                .setParameter(2, offset)
                .getResultList();
        return rows.stream()
                .map(r -> new Views.SessionSummary(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        date(r[2]),
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue()))
                .toList();
    }

    public long countSessions() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM committee.committee_session")
                        .getSingleResult())
                .longValue();
    }

    /** Sessions not closed yet, soonest first (the partial index on open sessions keeps them apart from the past ones). */
    public List<Views.SessionSummary> openSessions(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.reference, s.session_date, s.title, s.status,"
                        + " (SELECT count(*) FROM committee.agenda_item a WHERE a.session_id = s.id)"
                        + " FROM committee.committee_session s WHERE s.status <> 'CLOSED'"
                        + " ORDER BY s.session_date, s.id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Views.SessionSummary(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        date(r[2]),
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue()))
                .toList();
    }

    /** Open reviews, opinion deadline soonest first, except those the user is recused from. */
    public List<Views.OpenReview> openReviews(String username, int limit, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.dossier_ref, r.title, r.applicant_name, r.stage,"
                        + " s.reference, s.session_date, r.opinion_due_date FROM committee.review r"
                        + " LEFT JOIN committee.committee_session s ON s.id = r.session_id"
                        + " WHERE r.stage IN ('AWAITING_SESSION', 'ON_AGENDA')"
                        + " AND NOT EXISTS (SELECT 1 FROM committee.recusal x WHERE x.review_id = r.id AND x.username = ?1)"
                        + " ORDER BY r.opinion_due_date NULLS LAST, r.id LIMIT ?2")
                .setParameter(1, username)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Views.OpenReview(
                        ((Number) r[0]).longValue(),
                        reference((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        date(r[6]),
                        date(r[7]),
                        daysLeft(date(r[7]), today)))
                .toList();
    }

    public Views.ReviewCounts openReviewCounts(LocalDate today, int soonDays) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE r.stage = 'AWAITING_SESSION'),"
                        + " count(*) FILTER (WHERE r.stage = 'ON_AGENDA'),"
                        + " count(*) FILTER (WHERE r.opinion_due_date < ?1),"
                        + " count(*) FILTER (WHERE r.opinion_due_date BETWEEN ?1 AND ?2)"
                        + " FROM committee.review r WHERE r.stage IN ('AWAITING_SESSION', 'ON_AGENDA')")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(soonDays)))
                .getSingleResult();
        return new Views.ReviewCounts(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue());
    }

    private static String reference(String dossierRef) {
        int colon = dossierRef.indexOf(':');
        return colon < 0 ? dossierRef : dossierRef.substring(colon + 1);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    static Long daysLeft(LocalDate due, LocalDate today) {
        return due == null ? null : ChronoUnit.DAYS.between(today, due);
    }
}
