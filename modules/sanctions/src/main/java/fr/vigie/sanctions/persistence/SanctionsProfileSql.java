package fr.vigie.sanctions.persistence;

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
import java.math.BigDecimal;
import java.sql.Date;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The sanctions' section of the organisation 360° page (ADR 9): formal notices and sanction
 * procedures by status, the fines decided per year (sum of the {@code FINE} measures of decided
 * cases, by year of decision, in euros), and the most recent notices and cases. Matched by the
 * directory id ({@code organisation_id}, ADR 7, indexes of migration V6); a notice or case not linked
 * yet (id null) by the SIREN part of the recorded organisation number (SIREN or SIRET), on the indexes
 * of migration V7.
 */
@ApplicationScoped
public class SanctionsProfileSql implements OrganisationProfileContribution {
    private static final String BUNDLE = "fr.vigie.sanctions.i18n.messages";

    /**
     * The notices or cases of the organisation: {@code ?1} its directory id, {@code ?2} its SIREN (or
     * null). A linked row is matched by id only; PostgreSQL answers the OR with both indexes (BitmapOr).
     */
    static String match(String alias) {
        return "(" + alias + "organisation_id = ?1 OR (" + alias + "organisation_id IS NULL AND substring(" + alias
                + "organisation_number FROM 1 FOR 9) = ?2))";
    }

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String NOTICES_BY_STATUS = "SELECT status, count(*) FROM sanctions.formal_notice" + " WHERE "
            + match("") + " GROUP BY status ORDER BY status";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String CASES_BY_STATUS = "SELECT status, count(*) FROM sanctions.sanction_case" + " WHERE "
            + match("") + " GROUP BY status ORDER BY status";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String FINES_BY_YEAR =
            "SELECT CAST(extract(YEAR FROM c.decided_on) AS INTEGER), sum(m.fine_amount)"
                    + " FROM sanctions.sanction_case c JOIN sanctions.case_measure m ON m.case_id = c.id"
                    + " WHERE " + match("c.") + " AND c.decided_on IS NOT NULL"
                    + " AND m.type = 'FINE' AND m.fine_amount IS NOT NULL GROUP BY 1 ORDER BY 1 DESC";

    /** Published for the benchmark, which times the statements the page runs. */
    public static final String LATEST =
            "(SELECT 'N' AS kind, reference, status, COALESCE(signed_on, prepared_on) AS on_date,"
                    + " NULL::date AS decided_on, NULL::text AS procedure FROM sanctions.formal_notice"
                    + " WHERE " + match("") + ")"
                    + " UNION ALL (SELECT 'C', reference, status, opened_on, decided_on, procedure"
                    + " FROM sanctions.sanction_case WHERE " + match("") + ")"
                    + " ORDER BY 4 DESC, 2 DESC LIMIT ?3";

    @PersistenceContext(unitName = "sanctions")
    private EntityManager em;

    @Override
    public String key() {
        return "sanctions";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(
                Role.PRESIDENT,
                Role.RAPPORTEUR,
                Role.SANCTIONS_MEMBER,
                Role.SANCTIONS_CHAIR,
                Role.MANAGER,
                Role.ADMINISTRATOR);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<ProfileFigure> figures = new ArrayList<>();
        List<ProfileRow> rows = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        long notices = 0;
        long cases = 0;
        List<Object[]> noticeStatuses = em.createNativeQuery(NOTICES_BY_STATUS)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        List<Object[]> caseStatuses = em.createNativeQuery(CASES_BY_STATUS)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        List<Object[]> fines = em.createNativeQuery(FINES_BY_YEAR)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        List<Object[]> latest = em.createNativeQuery(LATEST)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .setParameter(3, MAX_ROWS)
                .getResultList();
        for (Object[] r : latest) {
            boolean notice = "N".equals(r[0]);
            String reference = (String) r[1];
            String path =
                    (notice ? "/sanctions/notice.xhtml?reference=" : "/sanctions/case.xhtml?reference=") + reference;
            LocalDate on = ((Date) r[3]).toLocalDate();
            String what = notice
                    ? text(texts, "procedure.FORMAL_NOTICE", "FORMAL_NOTICE")
                    : text(texts, "procedure." + r[5], String.valueOf(r[5]));
            rows.add(new ProfileRow(reference, what, text(texts, "status." + r[2], (String) r[2]), on, path));
            timeline.add(new ProfileEvent(
                    on,
                    key(),
                    texts.getString(notice ? "profile.event.notice" : "profile.event.caseOpened"),
                    reference,
                    path));
            if (r[4] != null) {
                timeline.add(new ProfileEvent(
                        ((Date) r[4]).toLocalDate(), key(), texts.getString("profile.event.decided"), reference, path));
            }
        }
        for (Object[] r : noticeStatuses) {
            notices += ((Number) r[1]).longValue();
        }
        for (Object[] r : caseStatuses) {
            cases += ((Number) r[1]).longValue();
        }
        figures.add(ProfileFigure.count("notices", texts.getString("profile.notices"), notices));
        for (Object[] r : noticeStatuses) {
            figures.add(ProfileFigure.count(
                    "notices." + r[0],
                    texts.getString("profile.notices") + " — " + text(texts, "status." + r[0], (String) r[0]),
                    ((Number) r[1]).longValue()));
        }
        figures.add(ProfileFigure.count("cases", texts.getString("profile.cases"), cases));
        for (Object[] r : caseStatuses) {
            figures.add(ProfileFigure.count(
                    "cases." + r[0],
                    texts.getString("profile.cases") + " — " + text(texts, "status." + r[0], (String) r[0]),
                    ((Number) r[1]).longValue()));
        }
        NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.FRENCH.equals(locale) ? Locale.FRANCE : locale);
        euros.setCurrency(Currency.getInstance("EUR"));
        for (Object[] r : fines) {
            int year = ((Number) r[0]).intValue();
            BigDecimal total = (BigDecimal) r[1];
            figures.add(new ProfileFigure(
                    "fines." + year,
                    texts.getString("profile.fines").replace("{0}", Integer.toString(year)),
                    euros.format(total)));
        }
        return new ProfileSection(key(), texts.getString("profile.title"), figures, rows, timeline);
    }

    private static String text(ResourceBundle texts, String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback; // a status added to the module before its label: show its name
        }
    }
}
