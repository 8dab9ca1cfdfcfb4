package fr.vigie.inspections.persistence;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.organisation.profile.OrganisationProfileContribution;
import fr.vigie.platform.api.organisation.profile.ProfileEvent;
import fr.vigie.platform.api.organisation.profile.ProfileFigure;
import fr.vigie.platform.api.organisation.profile.ProfileRow;
import fr.vigie.platform.api.organisation.profile.ProfileSection;
import fr.vigie.platform.api.organisation.profile.ProfileSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The inspections' section of the organisation 360° page (ADR 9): inspections by status, their
 * findings by severity, the most recent inspections and their dates. Matched by the directory id
 * ({@code organisation_id}, ADR 7, index {@code inspection_organisation_id_idx}); an inspection not
 * linked yet (id null) by the SIREN part of the number it recorded (a SIREN or a SIRET), on the index
 * {@code inspection_org_number_idx}.
 */
@ApplicationScoped
public class InspectionsProfileSql implements OrganisationProfileContribution {
    static final String BUNDLE = "fr.vigie.inspections.i18n.messages";
    private static final List<String> STATUSES =
            List.of("PLANNED", "PREPARED", "CONDUCTED", "MINUTES_NOTIFIED", "OBSERVATIONS_CLOSED", "CLOSED");
    private static final List<String> SEVERITIES = List.of("MINOR", "SIGNIFICANT", "SERIOUS");

    /**
     * The inspections of the organisation: {@code ?1} its directory id, {@code ?2} its SIREN (or null).
     * A linked inspection is matched by id only; PostgreSQL answers the OR with both indexes (BitmapOr).
     */
    static String match(String alias) {
        return "(" + alias + "organisation_id = ?1 OR (" + alias + "organisation_id IS NULL AND substring(" + alias
                + "organisation_number FROM 1 FOR 9) = ?2))";
    }

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String COUNT_BY_STATUS =
            "SELECT status, count(*) FROM inspections.inspection WHERE " + match("") + " GROUP BY status";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String FINDINGS_BY_SEVERITY = "SELECT f.severity, count(*) FROM inspections.finding f"
            + " JOIN inspections.inspection i ON i.id = f.inspection_id"
            + " WHERE " + match("i.") + " GROUP BY f.severity";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String LATEST =
            "SELECT i.reference, i.status, i.opened_on, i.minutes_notified_on, i.closed_on, i.outcome,"
                    + " CASE WHEN ?4 = 'en' THEN t.label_en ELSE t.label_fr END"
                    + " FROM inspections.inspection i JOIN inspections.theme t ON t.code = i.theme"
                    + " WHERE " + match("i.")
                    + " ORDER BY i.opened_on DESC, i.id DESC LIMIT ?3";

    @PersistenceContext(unitName = "inspections")
    private EntityManager em;

    @Override
    public String key() {
        return "inspections";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.HEAD_OF_INSPECTIONS, Role.INSPECTOR, Role.PRESIDENT, Role.MANAGER);
    }

    @Override
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = texts(locale);
        Map<String, Long> byStatus = zeros(STATUSES);
        Map<String, Long> bySeverity = zeros(SEVERITIES);
        counts(COUNT_BY_STATUS, subject, byStatus);
        counts(FINDINGS_BY_SEVERITY, subject, bySeverity);
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery(LATEST)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .setParameter(3, MAX_ROWS)
                .setParameter(4, locale.getLanguage())
                .getResultList();
        List<ProfileFigure> figures = new ArrayList<>();
        figures.add(ProfileFigure.count(
                "total",
                texts.getString("profile.total"),
                byStatus.values().stream().mapToLong(Long::longValue).sum()));
        byStatus.forEach((s, n) -> figures.add(ProfileFigure.count("status." + s, texts.getString("status." + s), n)));
        figures.add(ProfileFigure.count(
                "findings",
                texts.getString("profile.findings"),
                bySeverity.values().stream().mapToLong(Long::longValue).sum()));
        bySeverity.forEach((s, n) -> figures.add(ProfileFigure.count(
                "findings." + s, texts.getString("profile.findings") + " — " + texts.getString("severity." + s), n)));

        List<ProfileRow> rows = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        for (Object[] r : latest) {
            String reference = (String) r[0];
            String path = "/inspections/file.xhtml?reference=" + reference;
            rows.add(new ProfileRow(
                    reference, (String) r[6], texts.getString("status." + r[1]), ((Date) r[2]).toLocalDate(), path));
            timeline.add(new ProfileEvent(
                    ((Date) r[2]).toLocalDate(), key(), texts.getString("profile.event.opened"), reference, path));
            if (r[3] != null) {
                timeline.add(new ProfileEvent(
                        ((Date) r[3]).toLocalDate(), key(), texts.getString("profile.event.minutes"), reference, path));
            }
            if (r[4] != null) {
                String outcome = r[5] == null ? "" : " : " + texts.getString("outcome." + r[5]);
                timeline.add(new ProfileEvent(
                        ((Date) r[4]).toLocalDate(),
                        key(),
                        texts.getString("profile.event.closed") + outcome,
                        reference,
                        path));
            }
        }
        return new ProfileSection(key(), texts.getString("profile.title"), figures, rows, timeline);
    }

    static ResourceBundle texts(Locale locale) {
        // no fallback to the server's default language: French is the bundle without suffix
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private void counts(String sql, ProfileSubject subject, Map<String, Long> into) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        rows.forEach(r -> into.put((String) r[0], ((Number) r[1]).longValue()));
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }
}
