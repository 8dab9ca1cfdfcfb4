package fr.vigie.dossiers.application;

import fr.vigie.committee.api.CommitteeReferrals;
import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.ReviewStatus;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The dossiers' side of the committee's published API. The committee module may be absent from
 * a deployment (or not yet merged): then nothing is referred, which is logged, and the dossier's
 * clock still runs, so a silent committee still yields a tacit opinion.
 */
@ApplicationScoped
public class CommitteeLink {
    private static final Logger LOG = Logger.getLogger(CommitteeLink.class.getName());

    @Inject
    Instance<CommitteeReferrals> referrals;

    @Inject
    DocumentStore documents;

    /** True when a committee module is deployed. */
    public boolean available() {
        return referrals.isResolvable();
    }

    /** Puts the dossier on the committee's list, with the last day for its opinion. */
    public boolean refer(Dossier d, LocalDate opinionDue) {
        if (!available()) {
            LOG.warning(() -> "No committee module deployed: dossier " + d.reference() + " is not referred");
            return false;
        }
        CaseRef ref = d.reference().caseRef();
        referrals
                .get()
                .refer(new DossierForReview(
                        ref,
                        d.application().title(),
                        d.procedure().isEhds() ? "EHDS" : "NATIONAL",
                        d.application().purpose() == null
                                ? null
                                : "Art. 53(1)(" + d.application().purpose().letter() + ") "
                                        + d.application().purposeDescription(),
                        d.application().organisationName(),
                        d.application().siren(),
                        d.application().principalInvestigator(),
                        opinionDue,
                        d.instructor(),
                        documents.listFor(ref).stream().map(DocumentInfo::id).toList()));
        return true;
    }

    /** Ends the review without an opinion (withdrawal, tacit opinion). */
    public void withdraw(Dossier d, String reason) {
        if (available() && referrals.get().statusOf(d.reference().caseRef()).isPresent()) {
            referrals.get().withdraw(d.reference().caseRef(), reason);
        }
    }

    public Optional<ReviewStatus> statusOf(Dossier d) {
        return available() ? referrals.get().statusOf(d.reference().caseRef()) : Optional.empty();
    }
}
