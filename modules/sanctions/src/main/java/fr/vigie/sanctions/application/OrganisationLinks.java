package fr.vigie.sanctions.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.sanctions.api.SanctionsModule;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.InterestDeclaration;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * Links a new formal notice, sanction case or declared interest to the organisation's record in the platform's
 * directory (ADR 7), found or registered by its SIREN; the undertaking's copy is kept as well.
 */
@ApplicationScoped
public class OrganisationLinks {
    @Inject
    OrganisationEnrolment directory;

    @Inject
    OrganisationDirectory organisations;

    /** The organisation a letter or decision written now names: the directory's when linked (ADR 7 step 1). */
    CaseOrganisation named(FormalNotice notice) {
        return CaseOrganisation.read(
                organisations,
                notice.organisationId(),
                notice.undertaking().name(),
                notice.undertaking().number());
    }

    /** The organisation a decision written now names: the directory's when linked (ADR 7 step 1). */
    CaseOrganisation named(SanctionCase sanctionCase) {
        return CaseOrganisation.read(
                organisations,
                sanctionCase.organisationId(),
                sanctionCase.undertaking().name(),
                sanctionCase.undertaking().number());
    }

    void link(FormalNotice notice) {
        idOf(notice.undertaking()).ifPresent(notice::referToDirectory);
    }

    void link(SanctionCase sanctionCase) {
        idOf(sanctionCase.undertaking()).ifPresent(sanctionCase::referToDirectory);
    }

    void link(InterestDeclaration declaration) {
        directory
                .enrol(SanctionsModule.NAME, declaration.organisationNumber(), declaration.organisationName(), null)
                .ifPresent(declaration::referToDirectory);
    }

    private OptionalLong idOf(Undertaking undertaking) {
        // The undertaking keeps no country, only whether it is established abroad: its SIREN decides.
        return directory.enrol(SanctionsModule.NAME, undertaking.number(), undertaking.name(), null);
    }
}
