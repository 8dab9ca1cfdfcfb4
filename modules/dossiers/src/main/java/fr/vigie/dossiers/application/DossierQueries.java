package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierAct;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Reading dossiers: instructors and managers (who change nothing), and administrators. */
@Stateless
@RolesAllowed({Roles.DOSSIER_INSTRUCTOR, Roles.MANAGER, Roles.ADMINISTRATOR})
public class DossierQueries {
    @Inject
    DossierRepository dossiers;

    @Inject
    DossierListQuery list;

    @Inject
    LegalClocks clocks;

    @Inject
    CommitteeLink committee;

    @Inject
    Stamps stamps;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationDirectory directory;

    @Inject
    fr.vigie.platform.api.document.DocumentStore documents;

    public DossierFile file(DossierReference reference) {
        Dossier d = load(reference);
        String review = committee.statusOf(d).map(r -> r.stage()).orElse(null);
        CaseOrganisation applicant = CaseOrganisation.read(
                directory,
                d.organisationId(),
                d.application().organisationName(),
                d.application().siren());
        return DossierFile.of(d, applicant, stamps.now().today(), review, actsOfTheReader(d));
    }

    /**
     * The acts the dossier allows now that the reader may do: every act is the instructor's
     * ({@link DossierInstruction} is theirs alone), so a manager or an administrator reads the file
     * with none.
     */
    private Set<DossierAct> actsOfTheReader(Dossier d) {
        return currentUser.hasRole(Role.DOSSIER_INSTRUCTOR) ? d.availableActs() : Set.of();
    }

    public List<ClockView> clocks(DossierReference reference) {
        return clocks.clocksOf(load(reference).reference().caseRef());
    }

    /** The dossier's documents (attachments, permits), through the platform's store and its access policy. */
    public List<fr.vigie.platform.api.document.DocumentInfo> documents(DossierReference reference) {
        return documents.listFor(load(reference).reference().caseRef());
    }

    public Page<DossierSummary> page(DossierFilter filter, String sort, boolean ascending, int offset, int limit) {
        // The page's organisations from the directory, one query per page (ADR 7 step 1); the search and
        // sort on the organisation still use the dossier's copy, in its own SQL (step 3).
        return CaseOrganisations.apply(
                directory,
                list.page(filter, sort, ascending, offset, limit, stamps.now().today()),
                DossierSummary.ORGANISATION);
    }

    private Dossier load(DossierReference reference) {
        return dossiers.find(reference).orElseThrow(() -> new NotFoundException("dossier", reference.value()));
    }
}
