package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintReferred;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.InformationRequest;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The handler's use cases on one complaint. Each names the version of the complaint the person
 * saw (a concurrent change is a {@link ConflictException}, nothing is written), audits what
 * changed with the reason, and keeps the clocks in step: the acknowledgement clock is met by the
 * acknowledgement; the GDPR Art. 78(2) clock is met by each information of the complainant, which
 * starts the next period, and by the closure letter; a request's answer clock by its answer.
 *
 * <p>No access check here: the use cases are reached through {@link ComplaintHandling}, the role-checked entry
 * point for people, and by the application itself in a system task (the demo complaints, {@link
 * DemoComplaints}); callers provide the transaction.
 */
@ApplicationScoped
public class ComplaintActs {
    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintClocks clocks;

    @Inject
    LetterRenderer letters;

    @Inject
    DocumentStore documents;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    @Inject
    Event<ComplaintReferred> referrals;

    public void acknowledge(String reference, long expectedVersion) {
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.acknowledge(stamp);
        UUID letter = sendLetter(LetterType.ACKNOWLEDGEMENT, c, null, null, stamp.today());
        c.recordLetter(LetterType.ACKNOWLEDGEMENT, letter, null, stamp);
        clocks.meet(c.id(), c.acknowledgementClock(), stamp.today(), "Accusé de réception envoyé");
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_ACKNOWLEDGED", c, null)
                .changed("status", "RECEIVED", c.status())
                .changed("letter", null, letter)
                .build());
    }

    public void qualify(String reference, long expectedVersion, Qualification qualification, String reason) {
        String why = Reason.require(reason);
        Complaint c = loadForEdit(reference, expectedVersion);
        String before = c.status().name();
        c.qualify(qualification, why, stamps.now());
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_QUALIFIED", c, why)
                .changed("status", before, c.status())
                .changed("admissible", null, qualification.admissible())
                .changed("competent", null, qualification.competent())
                .changed("crossBorder", null, qualification.crossBorder())
                .changed("leadAuthority", null, qualification.leadAuthority())
                .build());
    }

    public void assign(String reference, long expectedVersion, String handler, String reason) {
        String why = Reason.require(reason);
        Complaint c = loadForEdit(reference, expectedVersion);
        String before = c.assignee();
        String statusBefore = c.status().name();
        c.assignTo(handler, why, stamps.now());
        if (!c.assignee().equals(before)) {
            // From the first assignment on, the warnings of the running clocks (started in the name of
            // whoever registered or qualified the complaint) must reach the handler now in charge.
            clocks.handOver(c.reference().caseRef(), c.assignee(), why);
        }
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_ASSIGNED", c, why)
                .changed("assignee", before, c.assignee())
                .changed("status", statusBefore, c.status())
                .build());
    }

    public void startInstruction(String reference, long expectedVersion) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.startInstruction(stamps.now());
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_INSTRUCTION_STARTED", c, null)
                .changed("status", "ASSIGNED", c.status())
                .build());
    }

    /** Sends a request for information to the organisation and starts its answer clock. */
    public long sendRequest(String reference, long expectedVersion, String questions) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.requireComplainantUnnamed(questions, "questions");
        Stamp stamp = stamps.now();
        String statusBefore = c.status().name();
        // The clock first: the letter gives the organisation the answer date its policy sets.
        long clock = clocks.start(
                c.id(),
                c.reference().caseRef(),
                ComplaintClocks.REQUEST_ANSWER,
                stamp.today(),
                c.assignee() == null ? stamp.actor() : c.assignee());
        UUID letter = sendLetter(
                LetterType.REQUEST_FOR_INFORMATION, c, questions, null, stamp.today(), clocks.dueDate(clock));
        InformationRequest request = c.sendRequest(questions, letter, stamp);
        complaints.flush();
        request.trackedBy(clock);
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_REQUEST_SENT", c, null)
                .changed("status", statusBefore, c.status())
                .changed("request", null, request.id())
                .changed("letter", null, letter)
                .build());
        return request.id();
    }

    public void recordAnswer(
            String reference, long expectedVersion, long requestId, LocalDate answeredOn, String summary) {
        Complaint c = loadForEdit(reference, expectedVersion);
        InformationRequest request = c.recordAnswer(requestId, answeredOn, summary, stamps.now());
        clocks.meet(c.id(), request.clockId(), answeredOn, "Réponse de l'organisme reçue");
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_ANSWER_RECORDED", c, null)
                .changed("request", null, requestId)
                .changed("answeredOn", null, answeredOn)
                .build());
    }

    /** Informs the complainant of progress: a letter, and the next GDPR Art. 78(2) period starts today. */
    public void informComplainant(String reference, long expectedVersion, String summary) {
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        LocalDate before = c.lastInformedOn();
        UUID letter = sendLetter(LetterType.INFORMATION_OF_PROGRESS, c, summary, null, stamp.today());
        c.informComplainant(summary, letter, stamp);
        restartInformationClock(c, stamp, "Plaignant informé de l'avancement");
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_COMPLAINANT_INFORMED", c, null)
                .changed("lastInformedOn", before, c.lastInformedOn())
                .changed("letter", null, letter)
                .build());
    }

    public void decidePriority(String reference, long expectedVersion, PriorityLevel level, String reason) {
        Complaint c = loadForEdit(reference, expectedVersion);
        PriorityLevel before = c.priority();
        c.decidePriority(level, reason, stamps.now());
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_PRIORITY_DECIDED", c, c.priorityOverrideReason())
                .changed("priority", before, c.priority())
                .changed(
                        "proposed",
                        null,
                        c.proposedPriority().level() + " "
                                + c.proposedPriority().score())
                .build());
    }

    /** Closes with an outcome and a closure letter; a referral is announced to the other modules. */
    public void close(String reference, long expectedVersion, Outcome outcome, String reason) {
        String why = Reason.require(reason);
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        String statusBefore = c.status().name();
        if (outcome != null && outcome.referral() != null) {
            c.requireComplainantUnnamed(why, "reason");
        }
        UUID letter = sendLetter(LetterType.CLOSURE, c, why, outcome, stamp.today());
        c.close(outcome, why, letter, stamp);
        clocks.meet(c.id(), c.informationClock(), stamp.today(), "Plaignant informé de l'issue");
        clocks.stop(c.id(), c.acknowledgementClock(), stamp.today(), "Plainte clôturée");
        for (InformationRequest request : c.requests()) {
            if (request.isOpen()) {
                clocks.stop(c.id(), request.clockId(), stamp.today(), "Plainte clôturée");
            }
        }
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_CLOSED", c, why)
                .changed("status", statusBefore, c.status())
                .changed("outcome", null, outcome)
                .changed("letter", null, letter)
                .build());
        if (outcome.referral() != null) {
            referrals.fire(new ComplaintReferred(
                    c.reference().caseRef(),
                    outcome.referral(),
                    c.organisation().name(),
                    c.organisation().identifier(),
                    c.organisation().country(),
                    why,
                    stamp.today(),
                    stamp.actor()));
        }
    }

    /**
     * Reopens a closed complaint (a supervisor's decision: see {@link ReopenPolicy} for who that
     * is). The complainant must again be informed within three months: a new Art. 78(2) period
     * starts today.
     */
    public void reopen(String reference, long expectedVersion, String reason) {
        String why = Reason.require(reason);
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        Outcome before = c.outcome();
        c.reopen(why, stamp);
        restartInformationClock(c, stamp, null);
        complaints.flush();
        audit.record(ComplaintAudit.of("COMPLAINT_REOPENED", c, why)
                .changed("status", "CLOSED", c.status())
                .changed("outcome", before, null)
                .build());
    }

    private void restartInformationClock(Complaint c, Stamp stamp, String meetReason) {
        if (meetReason != null) {
            clocks.meet(c.id(), c.informationClock(), stamp.today(), meetReason);
        }
        long next = clocks.start(
                c.id(),
                c.reference().caseRef(),
                ComplaintClocks.INFORMATION,
                stamp.today(),
                c.assignee() == null ? stamp.actor() : c.assignee());
        c.trackedBy(null, next);
    }

    /** Renders and stores a letter; if the use case is then refused, the transaction drops it too. */
    private UUID sendLetter(LetterType type, Complaint c, String body, Outcome outcome, LocalDate date) {
        return sendLetter(type, c, body, outcome, date, null);
    }

    /** @param answerDue the day the organisation's answer is due, for a request; null otherwise */
    private UUID sendLetter(
            LetterType type, Complaint c, String body, Outcome outcome, LocalDate date, LocalDate answerDue) {
        byte[] pdf = letters.render(type, c, body == null ? null : body.strip(), outcome, date, answerDue);
        DocumentInfo stored = documents.storeGenerated(
                c.reference().caseRef(), letters.filename(type, c, date), "application/pdf", pdf);
        return stored.id();
    }

    Complaint loadForEdit(String reference, long expectedVersion) {
        Complaint c = load(reference);
        if (c.version() != expectedVersion) {
            throw new ConflictException(c.reference().value());
        }
        return c;
    }

    Complaint load(String reference) {
        ComplaintReference ref = new ComplaintReference(reference);
        return complaints.find(ref).orElseThrow(() -> new NotFoundException("complaint", reference));
    }
}
