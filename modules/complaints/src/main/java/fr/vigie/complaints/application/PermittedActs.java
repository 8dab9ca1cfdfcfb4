package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintAct;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * The acts the current user may do on a complaint now: those the complaint allows ({@link
 * Complaint#availableActs()}) that the user's roles allow. The roles are those the use cases check:
 * every act is a complaint handler's ({@link ComplaintHandling}, {@link ComplaintLinking}) but
 * reopening, a supervisor's decision ({@link ReopenPolicy}) that the use case lets administrators and
 * handlers ask for. Managers and auditors read and get none.
 */
@ApplicationScoped
public class PermittedActs {
    @Inject
    CurrentUser currentUser;

    @Inject
    ReopenPolicy reopenPolicy;

    public Set<ComplaintAct> on(Complaint complaint) {
        boolean handler = currentUser.hasRole(Role.COMPLAINT_HANDLER);
        boolean supervisor = (handler || currentUser.hasRole(Role.ADMINISTRATOR)) && reopenPolicy.allowsCurrentUser();
        return permitted(complaint.availableActs(), handler, supervisor);
    }

    static Set<ComplaintAct> permitted(Set<ComplaintAct> available, boolean handler, boolean supervisor) {
        Set<ComplaintAct> acts = EnumSet.noneOf(ComplaintAct.class);
        for (ComplaintAct act : available) {
            if (act == ComplaintAct.REOPEN ? supervisor : handler) {
                acts.add(act);
            }
        }
        return acts;
    }
}
