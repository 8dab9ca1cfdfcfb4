package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspector's declaration of interest as the list shows it: the organisation named as the
 * directory names it today when the declaration is linked to it (ADR 7 step 1), else as declared.
 * The declaration itself keeps what was written.
 */
public record DeclaredInterest(
        String inspector,
        String organisationName,
        String organisationNumber,
        Long organisationId,
        String statement,
        LocalDate declaredOn) {

    /** The declarations with their organisations, read from the directory in one query. */
    static List<DeclaredInterest> of(OrganisationDirectory directory, List<InterestDeclaration> declarations) {
        List<CaseOrganisation> named = CaseOrganisations.resolve(
                directory,
                declarations,
                d -> d.organisationId().orElse(null),
                InterestDeclaration::organisationName,
                InterestDeclaration::organisationNumber);
        return java.util.stream.IntStream.range(0, declarations.size())
                .mapToObj(i -> {
                    InterestDeclaration d = declarations.get(i);
                    CaseOrganisation o = named.get(i);
                    return new DeclaredInterest(
                            d.inspector(), o.name(), o.number(), o.id(), d.statement(), d.declaredOn());
                })
                .toList();
    }
}
