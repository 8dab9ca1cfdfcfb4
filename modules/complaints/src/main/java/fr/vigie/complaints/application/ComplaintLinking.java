package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Related complaints: suggestions on demand, and the handler's decision on each. Confirmed links
 * gather complaints into a campaign (named after its oldest complaint), which can then be handled
 * as a group by {@link CampaignActions}; each complaint keeps its own record and timeline.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINT_HANDLER)
public class ComplaintLinking {
    @Inject
    ComplaintLinks links;

    public int suggest(ComplaintReference reference) {
        return links.suggest(reference);
    }

    public void confirm(long linkId, long expectedVersion, Reason reason) {
        links.confirm(linkId, expectedVersion, reason);
    }

    public void reject(long linkId, long expectedVersion, Reason reason) {
        links.reject(linkId, expectedVersion, reason);
    }

    public void link(ComplaintReference reference, ComplaintReference other, Reason reason) {
        links.link(reference, other, reason);
    }
}
