package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Art4Information;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The role-checked entry point of the cross-border complaint use cases ({@link CrossBorderActs},
 * {@link ComplaintReception#receiveCrossBorder}), one transaction each.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINT_HANDLER)
public class ComplaintCrossBorderHandling {
    @Inject
    ComplaintReception reception;

    @Inject
    CrossBorderActs acts;

    public IntakeResult receive(CrossBorderIntakeForm form) {
        return reception.receiveCrossBorder(form);
    }

    public void findAdmissible(ComplaintReference reference, long expectedVersion) {
        acts.findAdmissible(reference, expectedVersion);
    }

    public void declareInadmissible(
            ComplaintReference reference, long expectedVersion, Set<Art4Information> missing, String reasons) {
        acts.declareInadmissible(reference, expectedVersion, missing, reasons);
    }

    public void assess(
            ComplaintReference reference,
            long expectedVersion,
            boolean crossBorder,
            String presumedLead,
            String reason) {
        acts.assess(reference, expectedVersion, crossBorder, presumedLead, reason);
    }

    public List<String> transmit(ComplaintReference reference, long expectedVersion, List<String> otherDocuments) {
        return acts.transmit(reference, expectedVersion, otherDocuments);
    }

    public void leadHere(ComplaintReference reference, long expectedVersion) {
        acts.leadHere(reference, expectedVersion);
    }
}
