package fr.vigie.complaints.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Published (CDI event, in the closing transaction) when a complaint is closed with the outcome
 * "referred to inspection" or "referred to sanctions". The receiving module opens its own case
 * from it and keeps {@link #complaint()} as the origin; nothing else of the complaint is shared.
 * The complainant's identity is deliberately absent (décret 2019-536 art. 38).
 *
 * @param complaint          the complaint, {@code complaints:PL-2026-000123}
 * @param referral           inspection or sanctions
 * @param organisationName   the organisation complained about
 * @param organisationId     its SIREN or SIRET, or null for a foreign organisation (kept: the receiving
 *                           case records the number as named in the complaint)
 * @param organisationDirectoryId the organisation's id in the platform's directory (ADR 7), or null when the
 *                           complaint is not linked to it (no valid SIREN, or recorded before the directory
 *                           and not reached by the backfill)
 * @param country            ISO 3166-1 alpha-2 country of the organisation
 * @param reason             why the handler referred it
 * @param decidedOn          the day of the decision
 * @param decidedBy          the handler
 */
public record ComplaintReferred(
        CaseRef complaint,
        Referral referral,
        String organisationName,
        String organisationId,
        Long organisationDirectoryId,
        String country,
        String reason,
        LocalDate decidedOn,
        String decidedBy) {

    public ComplaintReferred {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(referral, "referral");
    }
}
