package fr.vigie.complaints.persistence;

import fr.vigie.platform.api.organisation.OrganisationBackfillContribution;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.organisation.OrganisationNameProjection;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.TableBackfill;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Module complaints's part of the organisation directory backfill (ADR 7 step 3): its rows kept before
 * the directory existed receive the directory id of their organisation, found or registered by
 * SIREN. One contribution per table holding an organisation.
 */
public final class ComplaintOrganisationBackfill {
    private ComplaintOrganisationBackfill() {}

    /** Rows of {@code complaints.complaint}. */
    @ApplicationScoped
    public static class Complaints implements OrganisationBackfillContribution, OrganisationNameProjection {
        private static final TableBackfill TABLE = new TableBackfill(
                "complaints",
                "complaints.complaint",
                "organisation_identifier",
                "organisation_name",
                "organisation_country");

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "complaints.complaint";
        }

        @Override
        public int refresh(Map<Long, OrganisationSummary> organisations) {
            return TABLE.refreshNames(dataSource, organisations);
        }

        @Override
        public Batch fill(long afterId, int limit, OrganisationEnrolment enrolment) {
            return TABLE.fill(dataSource, afterId, limit, enrolment);
        }
    }
}
