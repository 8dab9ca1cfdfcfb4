package fr.vigie.sanctions.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationColumns;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the lists of formal notices and cases (both kinds, {@code kind} = {@link #NOTICE} or
 * {@link #CASE}). {@code organisation} and {@code organisationNumber} are the directory's when the
 * row has an {@code organisationId} (resolved by {@link SanctionQueries}, ADR 7 step 1), the case's
 * own copy otherwise.
 */
public record CaseRow(
        String kind,
        String reference,
        String procedure,
        String status,
        String organisation,
        String organisationNumber,
        String rapporteur,
        LocalDate openedOn,
        LocalDate nextDueOn,
        LocalDate hearingOn,
        BigDecimal fine,
        Long organisationId) {
    /** The {@link #kind()} of a formal notice's line. */
    public static final String NOTICE = "NOTICE";
    /** The {@link #kind()} of a sanction case's line. */
    public static final String CASE = "CASE";

    /** How a row names its organisation, for {@link fr.vigie.platform.api.organisation.CaseOrganisations}. */
    public static final OrganisationColumns<CaseRow> ORGANISATION = new OrganisationColumns<>() {
        @Override
        public Long organisationId(CaseRow row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(CaseRow row) {
            return row.organisation();
        }

        @Override
        public String copiedNumber(CaseRow row) {
            return row.organisationNumber();
        }

        @Override
        public CaseRow withOrganisation(CaseRow r, CaseOrganisation o) {
            return new CaseRow(
                    r.kind(),
                    r.reference(),
                    r.procedure(),
                    r.status(),
                    o.name(),
                    o.number(),
                    r.rapporteur(),
                    r.openedOn(),
                    r.nextDueOn(),
                    r.hearingOn(),
                    r.fine(),
                    r.organisationId());
        }
    };
}
