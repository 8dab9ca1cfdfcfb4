package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationNameProjection;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.OrganisationsRenamed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps the modules' name projections (ADR 7) in step with the directory: a rename reaches every
 * module's sortable, searchable columns in the transaction that made it, so a list never sorts by a
 * name the directory no longer holds once the correction is committed. A failure rolls the rename
 * back with it: a correction is never half applied.
 */
@ApplicationScoped
public class OrganisationProjections {
    private static final Logger LOG = Logger.getLogger(OrganisationProjections.class.getName());

    @Inject
    OrganisationDirectory directory;

    @Inject
    Instance<OrganisationNameProjection> projections;

    void refresh(@Observes OrganisationsRenamed renamed) {
        Map<Long, OrganisationSummary> organisations = directory.findAll(renamed.ids());
        if (organisations.isEmpty()) {
            return;
        }
        for (OrganisationNameProjection projection : projections) {
            int changed = projection.refresh(organisations);
            if (changed > 0) {
                LOG.info(() -> projection.part() + ": " + changed + " row(s) renamed after a directory change of "
                        + organisations.size() + " organisation(s)");
            }
        }
    }
}
