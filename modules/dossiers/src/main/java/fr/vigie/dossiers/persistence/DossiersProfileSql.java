package fr.vigie.dossiers.persistence;

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
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The research dossiers the organisation applied for, on its 360° page (ADR 9): counts by status and
 * the most recent dossiers with their submission and decision dates. Matched by the directory id
 * ({@code organisation_id}, ADR 7, index {@code dossier_organisation_id_idx}, filled at each
 * submission); a dossier not linked yet (id null: a draft never submitted, or not reached by the
 * backfill) by the applicant's SIREN ({@code dossier.siren}, index {@code dossier_siren_idx}). Drafts
 * included, as on the instructors' list.
 */
@ApplicationScoped
public class DossiersProfileSql implements OrganisationProfileContribution {
    private static final String BUNDLE = "fr.vigie.dossiers.i18n.messages";

    /**
     * The dossiers of the organisation: {@code ?1} its directory id, {@code ?2} its SIREN (or null). A
     * linked dossier is matched by id only; PostgreSQL answers the OR with both indexes (BitmapOr).
     */
    static final String MATCH = "(organisation_id = ?1 OR (organisation_id IS NULL AND siren = ?2))";

    static final String COUNT_BY_STATUS =
            "SELECT status, count(*) FROM dossiers.dossier WHERE " + MATCH + " GROUP BY status ORDER BY status";

    static final String LATEST =
            "SELECT reference, procedure, status, COALESCE(submitted_on, created_on), decision_on, title"
                    + " FROM dossiers.dossier WHERE " + MATCH
                    + " ORDER BY COALESCE(submitted_on, created_on) DESC, id DESC LIMIT ?3";

    @PersistenceContext(unitName = "dossiers")
    private EntityManager em;

    @Override
    public String key() {
        return "dossiers";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.DOSSIER_INSTRUCTOR, Role.MANAGER, Role.ADMINISTRATOR);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<ProfileFigure> figures = new ArrayList<>();
        List<ProfileRow> rows = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        List<Object[]> statuses = em.createNativeQuery(COUNT_BY_STATUS)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        List<Object[]> latest = em.createNativeQuery(LATEST)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .setParameter(3, MAX_ROWS)
                .getResultList();
        for (Object[] r : latest) {
            String reference = (String) r[0];
            String path = "/dossiers/file.xhtml?reference=" + reference;
            LocalDate on = ((Date) r[3]).toLocalDate();
            String label = r[5] == null ? text(texts, "procedure." + r[1], (String) r[1]) : (String) r[5];
            rows.add(new ProfileRow(reference, label, text(texts, "status." + r[2], (String) r[2]), on, path));
            timeline.add(new ProfileEvent(on, key(), texts.getString("profile.event.submitted"), reference, path));
            if (r[4] != null) {
                timeline.add(new ProfileEvent(
                        ((Date) r[4]).toLocalDate(), key(), texts.getString("profile.event.decided"), reference, path));
            }
        }
        figures.add(ProfileFigure.count(
                "total",
                texts.getString("profile.total"),
                statuses.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum()));
        for (Object[] r : statuses) {
            figures.add(ProfileFigure.count(
                    "status." + r[0], text(texts, "status." + r[0], (String) r[0]), ((Number) r[1]).longValue()));
        }
        return new ProfileSection(key(), texts.getString("profile.title"), figures, rows, timeline);
    }

    private static String text(ResourceBundle texts, String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback; // a value added to the module before its label: show its name
        }
    }
}
