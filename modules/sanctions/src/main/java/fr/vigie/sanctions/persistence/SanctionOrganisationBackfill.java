package fr.vigie.sanctions.persistence;

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
 * Module sanctions's part of the organisation directory backfill (ADR 7 step 3): its rows kept before
 * the directory existed receive the directory id of their organisation, found or registered by
 * SIREN. One contribution per table holding an organisation.
 */
public final class SanctionOrganisationBackfill {
    private SanctionOrganisationBackfill() {}

    /** Rows of {@code sanctions.formal_notice}. */
    @ApplicationScoped
    public static class FormalNotices implements OrganisationBackfillContribution, OrganisationNameProjection {
        private static final TableBackfill TABLE = new TableBackfill(
                "sanctions", "sanctions.formal_notice", "organisation_number", "organisation_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "sanctions.formal_notice";
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

    /** Rows of {@code sanctions.sanction_case}. */
    @ApplicationScoped
    public static class SanctionCases implements OrganisationBackfillContribution, OrganisationNameProjection {
        private static final TableBackfill TABLE = new TableBackfill(
                "sanctions", "sanctions.sanction_case", "organisation_number", "organisation_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "sanctions.sanction_case";
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
     * Rows of {@code sanctions.interest_declaration}: linked to the directory, but a declaration of interest keeps the name
     * its author declared (a signed statement), so no name projection.
     */
    @ApplicationScoped
    public static class InterestDeclarations implements OrganisationBackfillContribution {
        private static final TableBackfill TABLE = new TableBackfill(
                "sanctions", "sanctions.interest_declaration", "organisation_number", "organisation_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "sanctions.interest_declaration";
        }

        @Override
        public Batch fill(long afterId, int limit, OrganisationEnrolment enrolment) {
            return TABLE.fill(dataSource, afterId, limit, enrolment);
        }
    }
}
