package fr.vigie.inspections.persistence;

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
 * Module inspections's part of the organisation directory backfill (ADR 7 step 3): its rows kept before
 * the directory existed receive the directory id of their organisation, found or registered by
 * SIREN. One contribution per table holding an organisation.
 */
public final class InspectionOrganisationBackfill {
    private InspectionOrganisationBackfill() {}

    /** Rows of {@code inspections.inspection}. */
    @ApplicationScoped
    public static class Inspections implements OrganisationBackfillContribution, OrganisationNameProjection {
        private static final TableBackfill TABLE = new TableBackfill(
                "inspections",
                "inspections.inspection",
                "organisation_number",
                "organisation_name",
                "organisation_country");

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "inspections.inspection";
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

    /**
     * Rows of {@code inspections.interest_declaration}: linked to the directory, but a declaration of interest keeps the name
     * its author declared (a signed statement), so no name projection.
     */
    @ApplicationScoped
    public static class InterestDeclarations implements OrganisationBackfillContribution {
        private static final TableBackfill TABLE = new TableBackfill(
                "inspections", "inspections.interest_declaration", "organisation_number", "organisation_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "inspections.interest_declaration";
        }

        @Override
        public Batch fill(long afterId, int limit, OrganisationEnrolment enrolment) {
            return TABLE.fill(dataSource, afterId, limit, enrolment);
        }
    }
}
