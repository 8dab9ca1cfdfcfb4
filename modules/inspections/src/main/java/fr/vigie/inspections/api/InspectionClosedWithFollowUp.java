package fr.vigie.inspections.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Published (CDI event, in the closing transaction) when the head of inspections closes an
 * inspection with "formal notice proposed" or "referral to sanctions". The sanctions module opens
 * its case from it and keeps {@link #inspection()} as its origin.
 *
 * @param inspection         the inspection, {@code inspections:CTL-2026-0042}
 * @param followUp           what the head proposes
 * @param organisationName   the inspected organisation
 * @param organisationNumber its SIREN or SIRET, or null for a foreign organisation
 * @param findings           the breaches of the (locked) minutes, addenda included
 * @param team               usernames of the lead inspector and members: they may be neither
 *                           rapporteur nor judge of a case coming from this inspection
 * @param origins            the cases the inspection came from (e.g. a complaint), possibly empty
 * @param reason             the head's reasons
 * @param decidedOn          the day of the closure
 * @param decidedBy          the head of inspections
 */
public record InspectionClosedWithFollowUp(
        CaseRef inspection,
        FollowUp followUp,
        String organisationName,
        String organisationNumber,
        List<PublishedFinding> findings,
        Set<String> team,
        List<CaseRef> origins,
        String reason,
        LocalDate decidedOn,
        String decidedBy) {

    public InspectionClosedWithFollowUp {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(followUp, "followUp");
        findings = findings == null ? List.of() : List.copyOf(findings);
        team = team == null ? Set.of() : Set.copyOf(team);
        origins = origins == null ? List.of() : List.copyOf(origins);
    }
}
