package fr.vigie.complaints.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationColumns;
import java.time.LocalDate;

/**
 * One row of the work list. No complainant identity: the list can be exported.
 *
 * @param priority    the decided priority, or the proposed one (then {@code priorityDecided} is false)
 * @param informState the status of the GDPR Art. 78(2) clock (RUNNING, AT_RISK, BREACHED, MET...)
 * @param informDue   its due date
 * @param organisationId the directory id, null when the complaint has none; {@code organisationName}
 *                    and {@code organisationIdentifier} are then the complaint's own copy, otherwise
 *                    (once resolved by {@link ComplaintQueries}) the directory's (ADR 7 step 1)
 */
public record ComplaintSummary(
        String reference,
        long version,
        LocalDate receivedOn,
        String status,
        String organisationName,
        String organisationIdentifier,
        String categories,
        String priority,
        boolean priorityDecided,
        String assignee,
        String campaign,
        String informState,
        LocalDate informDue,
        Long organisationId) {

    /** How a row names its organisation, for {@link fr.vigie.platform.api.organisation.CaseOrganisations}. */
    public static final OrganisationColumns<ComplaintSummary> ORGANISATION = new OrganisationColumns<>() {
        @Override
        public Long organisationId(ComplaintSummary row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(ComplaintSummary row) {
            return row.organisationName();
        }

        @Override
        public String copiedNumber(ComplaintSummary row) {
            return row.organisationIdentifier();
        }

        @Override
        public ComplaintSummary withOrganisation(ComplaintSummary r, CaseOrganisation o) {
            return new ComplaintSummary(
                    r.reference(),
                    r.version(),
                    r.receivedOn(),
                    r.status(),
                    o.name(),
                    o.number(),
                    r.categories(),
                    r.priority(),
                    r.priorityDecided(),
                    r.assignee(),
                    r.campaign(),
                    r.informState(),
                    r.informDue(),
                    r.organisationId());
        }
    };
}
