package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Watches the platform's clock announcements for the periods whose running out has a legal effect
 * on a dossier — the two national periods whose silence decides (loi 78-17), the applicant's
 * 4 weeks to complete an EHDS application (Art. 67) — and hands a committed expiry to
 * {@link TacitOutcomes}.
 */
@ApplicationScoped
public class ClockBreachFollower {
    private static final String PREFIX = DossiersModule.NAME + ":";

    @Inject
    TacitOutcomes outcomes;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClockStatusChanged change) {
        if (change.caseRef() == null
                || !change.caseRef().startsWith(PREFIX)
                || !change.after().hasRunOut()) {
            return;
        }
        Optional<DossierReference> named =
                DossierReference.parse(change.caseRef().substring(PREFIX.length()));
        if (named.isEmpty()) {
            return; // not one of this module's references: nothing to apply (as before)
        }
        DossierReference reference = named.get();
        if (DossierClocks.COMMITTEE_OPINION.equals(change.policyCode())) {
            outcomes.committeeSilent(reference, change.clock().value());
        } else if (DossierClocks.AUTHORISATION.equals(change.policyCode())) {
            outcomes.authoritySilent(reference, change.clock().value());
        } else if (DossierClocks.COMPLETION.equals(change.policyCode())) {
            outcomes.applicantSilent(reference, change.clock().value());
        }
    }
}
