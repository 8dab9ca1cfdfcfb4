package fr.vigie.committee.persistence;

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
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The interests committee members declared in the organisation, on its 360° page (ADR 9): the
 * declarations in force (which recuse the member from the organisation's dossiers) and ended ones.
 * Matched by the directory id ({@code interest.organisation_id}, ADR 7, index
 * {@code interest_organisation_id_idx}); a declaration not linked yet (id null) by the declared SIREN.
 * Read by the committee's members, chair and secretary, like the recusals they cause.
 */
@ApplicationScoped
public class InterestsProfileSql implements OrganisationProfileContribution {
    private static final String BUNDLE = "fr.vigie.committee.i18n.messages";

    /**
     * The declarations naming the organisation: {@code ?1} its directory id, {@code ?2} its SIREN (or
     * null). A linked declaration is matched by id only; PostgreSQL answers the OR with both indexes.
     */
    static final String DECLARATIONS = "SELECT i.id, m.display_name, i.nature, i.declared_on, i.ended_on"
            + " FROM committee.interest i JOIN committee.member m ON m.id = i.member_id"
            + " WHERE (i.organisation_id = ?1 OR (i.organisation_id IS NULL AND i.siren = ?2))"
            + " ORDER BY i.declared_on DESC, i.id DESC";

    @PersistenceContext(unitName = "committee")
    private EntityManager em;

    @Override
    public String key() {
        return "interests";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.DAC_MEMBER, Role.DAC_CHAIR, Role.DAC_SECRETARY);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<ProfileRow> rows = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        long current = 0;
        long ended = 0;
        List<Object[]> interests = em.createNativeQuery(DECLARATIONS)
                .setParameter(1, subject.directoryId())
                .setParameter(2, subject.sirenOrNull())
                .getResultList();
        for (Object[] r : interests) {
            LocalDate declared = ((Date) r[3]).toLocalDate();
            boolean inForce = r[4] == null;
            if (inForce) {
                current++;
            } else {
                ended++;
            }
            String reference = "DI-" + r[0];
            if (rows.size() < MAX_ROWS) {
                rows.add(new ProfileRow(
                        reference,
                        r[1] + " — " + r[2],
                        texts.getString(inForce ? "profile.inForce" : "profile.ended"),
                        declared,
                        null));
                timeline.add(new ProfileEvent(
                        declared, key(), texts.getString("profile.event.declared") + " : " + r[1], reference, null));
            }
        }
        List<ProfileFigure> figures = List.of(
                ProfileFigure.count("inForce", texts.getString("profile.inForce"), current),
                ProfileFigure.count("ended", texts.getString("profile.ended"), ended));
        return new ProfileSection(key(), texts.getString("profile.title"), figures, rows, timeline);
    }
}
