package fr.vigie.inspections.persistence;

import fr.vigie.inspections.application.RiskFactSource;
import fr.vigie.inspections.domain.RiskFacts;
import fr.vigie.inspections.domain.RiskRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The risk facts in one SQL statement. Complaints are read only through the complaints module's
 * published view {@code complaints.report_case} and their Art. 78(2) clocks through
 * {@code platform.report_clock}, sanctions decided through {@code sanctions.report_case} (ADR 4), never
 * through their tables (the sanctions module depends on this one: a Java call would be a cycle); the score is summed in the
 * database with the configured weights so that only the top rows travel.
 */
@ApplicationScoped
public class RiskFactsSql implements RiskFactSource {
    static final String SQL = """
            WITH c AS (
                SELECT substring(rc.organisation_id FROM 1 FOR 9) AS siren, max(rc.organisation) AS name, count(*) AS complaints,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM platform.report_clock k WHERE k.case_ref = rc.case_ref
                           AND k.policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'
                           AND (k.status = 'BREACHED' OR k.ended_on > k.due_date))) AS art78
                FROM complaints.report_case rc
                WHERE rc.organisation_id ~ '^[0-9]{9}' AND rc.opened_on >= ?1
                GROUP BY 1
            ), i AS (
                SELECT substring(organisation_number FROM 1 FOR 9) AS siren, max(organisation_name) AS name,
                       count(*) FILTER (WHERE origin = 'BREACH_NOTIFICATION') AS breaches,
                       bool_or(sensitive_data) AS sensitive, bool_or(minors) AS minors,
                       count(*) FILTER (WHERE outcome IN ('FORMAL_NOTICE_PROPOSED', 'REFERRAL_TO_SANCTIONS')) AS follow_ups,
                       count(*) FILTER (WHERE status <> 'CLOSED') AS open_inspections
                FROM inspections.inspection WHERE organisation_number IS NOT NULL GROUP BY 1
            ), f AS (
                SELECT substring(x.organisation_number FROM 1 FOR 9) AS siren, count(*) AS serious
                FROM inspections.finding fd JOIN inspections.inspection x ON x.id = fd.inspection_id
                WHERE fd.severity = 'SERIOUS' AND x.organisation_number IS NOT NULL GROUP BY 1
            ), s AS (
                SELECT substring(sc.organisation_id FROM 1 FOR 9) AS siren, count(*) AS sanctions
                FROM sanctions.report_case sc
                WHERE sc.procedure <> 'FORMAL_NOTICE' AND sc.status = 'DECIDED' AND sc.organisation_id ~ '^[0-9]{9}'
                GROUP BY 1
            ), facts AS (
                SELECT COALESCE(c.siren, i.siren) AS siren, COALESCE(i.name, c.name) AS name,
                       COALESCE(c.complaints, 0) AS complaints, COALESCE(c.art78, 0) AS art78,
                       COALESCE(i.breaches, 0) AS breaches, COALESCE(i.sensitive, FALSE) AS sensitive,
                       COALESCE(i.minors, FALSE) AS minors, COALESCE(f.serious, 0) AS serious,
                       COALESCE(i.follow_ups, 0) AS follow_ups, COALESCE(s.sanctions, 0) AS sanctions,
                       COALESCE(i.open_inspections, 0) AS open_inspections
                FROM c FULL JOIN i ON i.siren = c.siren
                LEFT JOIN f ON f.siren = COALESCE(c.siren, i.siren)
                LEFT JOIN s ON s.siren = COALESCE(c.siren, i.siren)
            )
            SELECT siren, name, complaints, art78, breaches, sensitive, minors, serious, follow_ups, sanctions, open_inspections
            FROM facts
            ORDER BY LEAST(complaints * ?2, ?3) + art78 * ?4 + breaches * ?5 + CASE WHEN sensitive THEN ?6 ELSE 0 END
                     + CASE WHEN minors THEN ?7 ELSE 0 END + serious * ?8 + follow_ups * ?9 + sanctions * ?11 DESC, siren
            LIMIT ?10
            """;

    /**
     * The same statement for one organisation of the directory: {@code ?12} its SIREN, {@code ?13} its
     * directory id. This module's inspections and findings are matched by the directory id, or by the
     * SIREN part of their number while not linked (id null), and grouped under {@code ?12} so that the
     * organisation has one row even where a linked inspection names another SIREN; complaints and
     * sanctions are read through their ADR 4 views and matched the same way on the views' {@code
     * directory_id} (complaints V10, sanctions V8; {@link #viewMatch}), also grouped under {@code ?12}.
     * Derived from {@link #SQL} so that the score has one definition.
     */
    public static final String SQL_ONE = narrowed(SQL);

    /** Inspections of the organisation (alias then {@code .}): linked by id, else by the SIREN part of the number. */
    static String ownMatch(String alias) {
        return "(" + alias + "organisation_id = ?13 OR (" + alias + "organisation_id IS NULL AND substring(" + alias
                + "organisation_number FROM 1 FOR 9) = ?12))";
    }

    /**
     * Cases of another module's ADR 4 view (alias then {@code .}) for the organisation: linked by the view's
     * {@code directory_id}, else (not linked yet) by the SIREN part of its {@code organisation_id}, which in
     * those views is the SIREN/SIRET typed in the case, not a directory id. A case linked to another
     * organisation is never counted under this one's SIREN. PostgreSQL pushes the condition into the view and
     * answers it with the case table's {@code organisation_id} index and its SIREN expression index (BitmapOr:
     * complaints V7/V8, sanctions V6/V7).
     */
    static String viewMatch(String alias) {
        return "(" + alias + "directory_id = ?13 OR (" + alias + "directory_id IS NULL AND substring(" + alias
                + "organisation_id FROM 1 FOR 9) = ?12))";
    }

    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    private static String narrowed(String sql) {
        String out = sql;
        for (String[] r : new String[][] {
            {
                "SELECT substring(rc.organisation_id FROM 1 FOR 9) AS siren, max(rc.organisation)",
                "SELECT CAST(?12 AS text) AS siren, max(rc.organisation)"
            },
            {"WHERE rc.organisation_id ~ '^[0-9]{9}' AND", "WHERE " + viewMatch("rc.") + " AND"},
            {
                "SELECT substring(organisation_number FROM 1 FOR 9) AS siren, max(organisation_name)",
                "SELECT CAST(?12 AS text) AS siren, max(organisation_name)"
            },
            {
                "FROM inspections.inspection WHERE organisation_number IS NOT NULL GROUP BY 1",
                "FROM inspections.inspection WHERE " + ownMatch("") + " GROUP BY 1"
            },
            {
                "SELECT substring(x.organisation_number FROM 1 FOR 9) AS siren, count(*) AS serious",
                "SELECT CAST(?12 AS text) AS siren, count(*) AS serious"
            },
            {"AND x.organisation_number IS NOT NULL", "AND " + ownMatch("x.")},
            {
                "SELECT substring(sc.organisation_id FROM 1 FOR 9) AS siren, count(*) AS sanctions",
                "SELECT CAST(?12 AS text) AS siren, count(*) AS sanctions"
            },
            {"AND sc.organisation_id ~ '^[0-9]{9}'", "AND " + viewMatch("sc.")}
        }) {
            if (!out.contains(r[0])) {
                throw new IllegalStateException("Risk SQL changed; cannot narrow it: " + r[0]);
            }
            out = out.replace(r[0], r[1]);
        }
        return out;
    }

    @Override
    public List<RiskFacts> top(RiskRules rules, LocalDate complaintsSince, int max) {
        return facts(em.createNativeQuery(SQL), rules, complaintsSince, max);
    }

    @Override
    public Optional<RiskFacts> of(RiskRules rules, LocalDate complaintsSince, long directoryId, String siren) {
        return facts(
                        em.createNativeQuery(SQL_ONE).setParameter(12, siren).setParameter(13, directoryId),
                        rules,
                        complaintsSince,
                        1)
                .stream()
                .findFirst();
    }

    private static List<RiskFacts> facts(Query query, RiskRules rules, LocalDate complaintsSince, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(1, complaintsSince)
                .setParameter(2, rules.perComplaint())
                .setParameter(3, rules.complaintCap())
                .setParameter(4, rules.perArt78Breach())
                .setParameter(5, rules.perBreachNotification())
                .setParameter(6, rules.sensitiveData())
                .setParameter(7, rules.minors())
                .setParameter(8, rules.perSeriousFinding())
                .setParameter(9, rules.perFollowUp())
                .setParameter(10, max)
                .setParameter(11, rules.perSanction())
                .getResultList();
        return rows.stream()
                .map(r -> new RiskFacts(
                        (String) r[0],
                        (String) r[1],
                        n(r[2]),
                        n(r[3]),
                        n(r[4]),
                        Boolean.TRUE.equals(r[5]),
                        Boolean.TRUE.equals(r[6]),
                        n(r[7]),
                        n(r[8]),
                        n(r[9]),
                        n(r[10])))
                .toList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
