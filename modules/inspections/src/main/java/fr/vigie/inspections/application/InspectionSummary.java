package fr.vigie.inspections.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationColumns;
import java.time.LocalDate;

/**
 * One row of the inspection list. {@code organisationName} and {@code organisationNumber} are the
 * inspection's own copy as read, and the directory's (ADR 7 step 1) once {@link InspectionQueries}
 * has resolved the page; {@code organisationId} is null when the inspection has no directory id.
 */
public record InspectionSummary(
        String reference,
        String status,
        String origin,
        String type,
        String theme,
        int year,
        int quarter,
        String organisationName,
        String organisationNumber,
        String lead,
        LocalDate openedOn,
        LocalDate nextDeadline,
        String outcome,
        Long organisationId) {

    /** How a row names its organisation, for {@link fr.vigie.platform.api.organisation.CaseOrganisations}. */
    public static final OrganisationColumns<InspectionSummary> ORGANISATION = new OrganisationColumns<>() {
        @Override
        public Long organisationId(InspectionSummary row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(InspectionSummary row) {
            return row.organisationName();
        }

        @Override
        public String copiedNumber(InspectionSummary row) {
            return row.organisationNumber();
        }

        @Override
        public InspectionSummary withOrganisation(InspectionSummary r, CaseOrganisation o) {
            return new InspectionSummary(
                    r.reference(),
                    r.status(),
                    r.origin(),
                    r.type(),
                    r.theme(),
                    r.year(),
                    r.quarter(),
                    o.name(),
                    o.number(),
                    r.lead(),
                    r.openedOn(),
                    r.nextDeadline(),
                    r.outcome(),
                    r.organisationId());
        }
    };
}
