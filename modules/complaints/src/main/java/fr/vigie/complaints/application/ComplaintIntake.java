package fr.vigie.complaints.application;

import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives complaints from every channel: checks them, numbers them, proposes a priority, starts
 * the acknowledgement and GDPR Art. 78(2) clocks, suggests related complaints, and audits it,
 * in one transaction. A resubmission with the same key returns the complaint already received.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINT_HANDLER)
public class ComplaintIntake {
    @Inject
    ComplaintReception reception;

    public IntakeResult receive(IntakeForm form) {
        return reception.receive(form);
    }

    public IntakeResult receive(IntakeForm form, List<Attachment> attachments) {
        return reception.receive(form, attachments);
    }
}
