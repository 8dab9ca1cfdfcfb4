package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.api.CrossBorderStageReached;
import fr.vigie.complaints.api.CrossBorderStageReached.ComplainantInformation;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.CrossBorderFile;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The complaints follow the cross-border case they were joined to (Regulation (EU) 2025/2518 Art.
 * 3(3): the complainant keeps dealing with this authority only). On each {@link
 * CrossBorderStageReached}, in the act's transaction and as the system: each named complaint records
 * the case and its stage (its version is checked at commit, like any change of the complaint), writes
 * it on its timeline and in the audit trail (why: the case), and, when the complainant must be told or
 * asked for views, its handler ({@link #handlerOf}) is notified with the period the law gives. A
 * complaint nobody handles is followed all the same; an unknown one is logged, never a reason to
 * refuse the case's act.
 */
@ApplicationScoped
public class CrossBorderStageFollower {
    private static final Logger LOG = Logger.getLogger(CrossBorderStageFollower.class.getName());

    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintEventLog eventLog;

    @Inject
    Stamps stamps;

    @Inject
    SystemTasks systemTasks;

    @Inject
    Notifier notifier;

    void onStageReached(@Observes CrossBorderStageReached reached) {
        systemTasks.run("complaints follow cross-border case " + reached.caseReference(), () -> {
            for (CaseRef ref : reached.complaints()) {
                find(ref)
                        .ifPresentOrElse(
                                c -> follow(c, reached),
                                () -> LOG.warning("Cross-border case " + reached.caseReference()
                                        + " names an unknown complaint " + ref + ": nothing to follow"));
            }
        });
    }

    private Optional<Complaint> find(CaseRef ref) {
        if (!ComplaintsModule.NAME.equals(ref.module())) {
            return Optional.empty();
        }
        return complaints.find(ComplaintReference.parse(ref.reference(), "complaint"));
    }

    private void follow(Complaint c, CrossBorderStageReached reached) {
        c.followCrossBorderCase(
                reached.caseReference(), reached.stage(), reached.role().name(), reached.on(), stamps.now());
        complaints.flush();
        eventLog.write(c);
        ComplainantInformation information = reached.information();
        Optional<String> handler = handlerOf(c);
        if (information != ComplainantInformation.NONE && handler.isPresent()) {
            notifier.notify(
                    handler.get(),
                    notificationKey(information),
                    c.reference().caseRef(),
                    "/complaints/file.xhtml?reference=" + c.reference().value(),
                    c.reference().value(),
                    reached.caseReference(),
                    String.valueOf(information.minWeeks()),
                    String.valueOf(information.maxWeeks()));
        }
    }

    /**
     * Who tells the complainant: the complaint's handler, else — a complaint transmitted to another
     * lead authority is not assigned here — the handler who transmitted it.
     */
    static Optional<String> handlerOf(Complaint c) {
        if (c.assignee() != null) {
            return Optional.of(c.assignee());
        }
        return c.crossBorder().map(CrossBorderFile::transmittedBy);
    }

    /** The notification's text, one a kind of information (platform bundle, with the period in weeks as {2} and {3}). */
    static String notificationKey(ComplainantInformation information) {
        return "complaints.notify.xb." + information.name();
    }
}
