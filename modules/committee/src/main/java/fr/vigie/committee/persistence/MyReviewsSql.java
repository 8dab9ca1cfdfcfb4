package fr.vigie.committee.persistence;

import java.util.Map;

/**
 * The SQL of "my dossiers to review", in one place for the screen and the benchmark (plain class, no
 * JPA: the benchmark runs it over JDBC). Parameters: ?1 the member's username, ?2 rapporteur only,
 * ?3 limit, ?4 offset. Only open reviews are read: the partial indexes on {@code review} keep them
 * apart from the hundreds of thousands of reviews closed over the years.
 */
public final class MyReviewsSql {
    /** Sort keys accepted from the screens and the API, mapped to SQL (never concatenated from input). */
    private static final Map<String, String> SORTS = Map.of(
            "opinionDueDate", "r.opinion_due_date",
            "sessionDate", "s.session_date",
            "reference", "r.dossier_ref",
            "applicantName", "r.applicant_name");

    private static final String FROM = """
             FROM committee.review r
             LEFT JOIN committee.committee_session s ON s.id = r.session_id
             WHERE r.stage IN ('AWAITING_SESSION', 'ON_AGENDA')
               AND (r.stage = 'ON_AGENDA' OR r.rapporteur = ?1)
               AND NOT EXISTS (SELECT 1 FROM committee.recusal x WHERE x.review_id = r.id AND x.username = ?1)
               AND (?2 = FALSE OR r.rapporteur = ?1)
            """;

    private MyReviewsSql() {}

    /** The sort column for a sort key; unknown keys sort by the opinion's due date. */
    public static String sortColumn(String sort) {
        return SORTS.getOrDefault(sort == null ? "" : sort, "r.opinion_due_date");
    }

    /** One page: id, dossier_ref, title, applicant, session reference and date, due date, is_rapporteur, my vote, documents. */
    public static String page(String sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return "SELECT r.id, r.dossier_ref, r.title, r.applicant_name, s.reference, s.session_date, r.opinion_due_date,"
                + " r.rapporteur = ?1 AS is_rapporteur,"
                + " (SELECT v.choice FROM committee.vote v WHERE v.review_id = r.id AND v.session_id = r.session_id AND v.voter = ?1),"
                + " (SELECT count(*) FROM committee.review_document d WHERE d.review_id = r.id)"
                + FROM
                + " ORDER BY " + sortColumn(sort) + direction + " NULLS LAST, r.id" + direction
                + " LIMIT ?3 OFFSET ?4";
    }

    public static String count() {
        return "SELECT count(*)" + FROM;
    }
}
