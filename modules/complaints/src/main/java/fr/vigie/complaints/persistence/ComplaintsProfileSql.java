package fr.vigie.complaints.persistence;

import fr.vigie.complaints.application.ComplaintClocks;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The complaints' section of the organisation 360° page (ADR 9): complaints against the organisation
 * by status, how many let a GDPR Art. 78(2) information period pass (their clock is {@code BREACHED}
 * in this module's read model {@code clock_status}), and the most recent ones. Matched by the
 * directory id ({@code organisation_id}, ADR 7, index {@code complaint_organisation_id_idx}); a
 * complaint not linked yet (id null: recorded before the directory and not reached by the backfill)
 * by the SIREN it recorded ({@code organisation_siren}, also filled from a SIRET, index
 * {@code complaint_siren_idx}). The complainant never appears.
 */
@ApplicationScoped
public class ComplaintsProfileSql implements OrganisationProfileContribution {
    private static final String BUNDLE = "fr.vigie.complaints.i18n.messages";
    private static final List<String> STATUSES =
            List.of("RECEIVED", "ACKNOWLEDGED", "QUALIFIED", "ASSIGNED", "UNDER_INSTRUCTION", "CLOSED");

    /**
     * The complaints of the organisation: {@code ?1} its directory id, {@code ?2} its SIREN (or null). A
     * linked complaint is matched by id only, so a complaint linked to another organisation is never
     * counted twice; PostgreSQL answers the OR with both indexes (BitmapOr).
     */
    static String match(String alias) {
        return "(" + alias + "organisation_id = ?1 OR (" + alias + "organisation_id IS NULL AND " + alias
                + "organisation_siren = ?2))";
    }

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String COUNT_BY_STATUS =
            "SELECT status, count(*) FROM complaints.complaint WHERE " + match("") + " GROUP BY status";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String ART78_MISSED = "SELECT count(DISTINCT c.id) FROM complaints.complaint c"
            + " JOIN complaints.clock_status cs ON cs.complaint_id = c.id"
            + " WHERE " + match("c.") + " AND cs.policy_code = ?3 AND cs.state = 'BREACHED'";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String LATEST = "SELECT reference, status, received_on, closed_on, outcome, categories::text"
            + " FROM complaints.complaint WHERE " + match("")
            + " ORDER BY received_on DESC, id DESC LIMIT ?3";

    @PersistenceContext(unitName = "complaints")
    private EntityManager em;

    @Override
    public String key() {
        return "complaints";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER, Role.ADMINISTRATOR);
    }

    @Override
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(COUNT_BY_STATUS)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        counts.forEach(r -> byStatus.put((String) r[0], ((Number) r[1]).longValue()));
        long art78 = ((Number) em.createNativeQuery(ART78_MISSED)
                        .setParameter(1, subject.directoryId())
                        .setParameter(2, subject.sirenOrNull())
                        .setParameter(3, ComplaintClocks.INFORMATION)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery(LATEST)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .setParameter(3, MAX_ROWS)
                .getResultList();
        List<ProfileFigure> figures = new ArrayList<>();
        figures.add(ProfileFigure.count(
                "total",
                texts.getString("profile.total"),
                byStatus.values().stream().mapToLong(Long::longValue).sum()));
        byStatus.forEach((status, n) ->
                figures.add(ProfileFigure.count("status." + status, texts.getString("status." + status), n)));
        figures.add(ProfileFigure.count("art78Breached", texts.getString("profile.art78Breached"), art78));

        List<ProfileRow> rows = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        for (Object[] r : latest) {
            String reference = (String) r[0];
            String path = "/complaints/file.xhtml?reference=" + reference;
            LocalDate received = ((Date) r[2]).toLocalDate();
            rows.add(new ProfileRow(
                    reference, label(texts, (String) r[5]), texts.getString("status." + r[1]), received, path));
            timeline.add(new ProfileEvent(received, key(), texts.getString("profile.event.received"), reference, path));
            if (r[3] != null) {
                String outcome = r[4] == null ? "" : " : " + texts.getString("outcome." + r[4]);
                timeline.add(new ProfileEvent(
                        ((Date) r[3]).toLocalDate(),
                        key(),
                        texts.getString("profile.event.closed") + outcome,
                        reference,
                        path));
            }
        }
        return new ProfileSection(key(), texts.getString("profile.title"), figures, rows, timeline);
    }

    /** The complaint's categories in the reader's language (never the complainant): {@code {A,B}} as stored. */
    private static String label(ResourceBundle texts, String categories) {
        String inner = categories == null ? "" : categories.replaceAll("[{}\"]", "");
        if (inner.isBlank()) {
            return texts.getString("profile.noCategory");
        }
        return Arrays.stream(inner.split(","))
                .map(c -> texts.getString("category." + c.trim()))
                .collect(Collectors.joining(", "));
    }
}
