package fr.vigie.dossiers.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationColumns;
import java.time.LocalDate;

/**
 * One row of the instructors' list. {@code organisation} is the directory's name when the dossier
 * has an {@code organisationId} (resolved by {@link DossierQueries}, ADR 7 step 1), the applicant's
 * name as typed otherwise.
 */
public record DossierSummary(
        String reference,
        String procedure,
        String status,
        String title,
        String organisation,
        String instructor,
        LocalDate submittedOn,
        LocalDate completeOn,
        LocalDate stageDueOn,
        String stage,
        long elapsedDays,
        LocalDate targetOn,
        Long organisationId) {

    /** How a row names its organisation (the list shows the name only). */
    public static final OrganisationColumns<DossierSummary> ORGANISATION = new OrganisationColumns<>() {
        @Override
        public Long organisationId(DossierSummary row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(DossierSummary row) {
            return row.organisation();
        }

        @Override
        public String copiedNumber(DossierSummary row) {
            return null;
        }

        @Override
        public DossierSummary withOrganisation(DossierSummary r, CaseOrganisation o) {
            return new DossierSummary(
                    r.reference(),
                    r.procedure(),
                    r.status(),
                    r.title(),
                    o.name(),
                    r.instructor(),
                    r.submittedOn(),
                    r.completeOn(),
                    r.stageDueOn(),
                    r.stage(),
                    r.elapsedDays(),
                    r.targetOn(),
                    r.organisationId());
        }
    };

    /** Whole months of the target, for display ("8 months"); 0 without a target. */
    public int targetMonths() {
        return completeOn == null || targetOn == null
                ? 0
                : (int) java.time.temporal.ChronoUnit.MONTHS.between(completeOn, targetOn);
    }

    /** The target's last day passed before the data were available (or they still are not). */
    public boolean late() {
        return targetOn != null
                && completeOn != null
                && completeOn.plusDays(elapsedDays).isAfter(targetOn);
    }
}
