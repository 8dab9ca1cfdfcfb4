package fr.vigie.committee.persistence;

import fr.vigie.platform.api.organisation.OrganisationBackfillContribution;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.organisation.TableBackfill;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Module committee's part of the organisation directory backfill (ADR 7 step 3): its rows kept before
 * the directory existed receive the directory id of their organisation, found or registered by
 * SIREN. One contribution per table holding an organisation.
 */
public final class CommitteeOrganisationBackfill {
    private CommitteeOrganisationBackfill() {}

    /**
     * Rows of {@code committee.interest}: linked to the directory, but a declaration of interest keeps the name
     * its author declared (a signed statement), so no name projection.
     */
    @ApplicationScoped
    public static class Interests implements OrganisationBackfillContribution {
        private static final TableBackfill TABLE =
                new TableBackfill("committee", "committee.interest", "siren", "organisation_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "committee.interest";
        }

        @Override
        public Batch fill(long afterId, int limit, OrganisationEnrolment enrolment) {
            return TABLE.fill(dataSource, afterId, limit, enrolment);
        }
    }

    /**
     * Rows of {@code committee.review}: linked to the directory, but the applicant's name stays as the
     * dossier's snapshot gave it to the committee (ADR 7 decision 2), so no name projection.
     */
    @ApplicationScoped
    public static class Reviews implements OrganisationBackfillContribution {
        private static final TableBackfill TABLE =
                new TableBackfill("committee", "committee.review", "applicant_siren", "applicant_name", null);

        @Resource(lookup = "jdbc/vigie")
        DataSource dataSource;

        @Override
        public String part() {
            return "committee.review";
        }

        @Override
        public Batch fill(long afterId, int limit, OrganisationEnrolment enrolment) {
            return TABLE.fill(dataSource, afterId, limit, enrolment);
        }
    }
}
