package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintReferred;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintAct;
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
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The handler's use cases on one complaint. Each names the version of the complaint the person
 * saw (a concurrent change is a {@link ConflictException}, nothing is written), has {@link
 * ComplaintEventLog} audit what the complaint's verb recorded (the reason included), and keeps the
 * clocks in step: the acknowledgement clock is met by the acknowledgement; the GDPR Art. 78(2) clock
 * is met by each information of the complainant, which starts the next period, and by the closure
 * letter; a request's answer clock by its answer. References and reasons come checked: {@link
 * ComplaintReference} and {@link Reason}.
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
    OrganisationDirectory directory;

    @Inject
    DocumentStore documents;

    @Inject
    ComplaintEventLog eventLog;

    @Inject
    Stamps stamps;

    @Inject
    Event<ComplaintReferred> referrals;

    /** A complaint received from another authority as the lead is announced once qualified. */
    @Inject
    CrossBorderActs crossBorder;

    public void acknowledge(ComplaintReference reference, long expectedVersion) {
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.require(ComplaintAct.ACKNOWLEDGE);
        UUID letter = sendLetter(LetterType.ACKNOWLEDGEMENT, c, null, null, stamp.today());
        c.acknowledge(letter, stamp);
        clocks.meet(c.id(), c.acknowledgementClock(), stamp.today(), "Accusé de réception envoyé");
        complaints.flush();
        eventLog.write(c);
    }

    public void qualify(
            ComplaintReference reference, long expectedVersion, Qualification qualification, Reason reason) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.qualify(qualification, reason.text(), stamps.now());
        complaints.flush();
        eventLog.write(c);
        crossBorder.afterQualified(c);
    }

    public void assign(ComplaintReference reference, long expectedVersion, String handler, Reason reason) {
        Complaint c = loadForEdit(reference, expectedVersion);
        String before = c.assignee();
        c.assignTo(handler, reason.text(), stamps.now());
        if (!c.assignee().equals(before)) {
            // From the first assignment on, the warnings of the running clocks (started in the name of
            // whoever registered or qualified the complaint) must reach the handler now in charge.
            clocks.handOver(c.reference().caseRef(), c.assignee(), reason.text());
        }
        complaints.flush();
        eventLog.write(c);
    }

    public void startInstruction(ComplaintReference reference, long expectedVersion) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.startInstruction(stamps.now());
        complaints.flush();
        eventLog.write(c);
    }

    /** Sends a request for information to the organisation and starts its answer clock. */
    public long sendRequest(ComplaintReference reference, long expectedVersion, String questions) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.requireComplainantUnnamed(questions, "questions");
        Stamp stamp = stamps.now();
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
        eventLog.write(c);
        return request.id();
    }

    public void recordAnswer(
            ComplaintReference reference, long expectedVersion, long requestId, LocalDate answeredOn, String summary) {
        Complaint c = loadForEdit(reference, expectedVersion);
        InformationRequest request = c.recordAnswer(requestId, answeredOn, summary, stamps.now());
        clocks.meet(c.id(), request.clockId(), answeredOn, "Réponse de l'organisme reçue");
        complaints.flush();
        eventLog.write(c);
    }

    /** Informs the complainant of progress: a letter, and the next GDPR Art. 78(2) period starts today. */
    public void informComplainant(ComplaintReference reference, long expectedVersion, String summary) {
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        UUID letter = sendLetter(LetterType.INFORMATION_OF_PROGRESS, c, summary, null, stamp.today());
        c.informComplainant(summary, letter, stamp);
        restartInformationClock(c, stamp, "Plaignant informé de l'avancement");
        complaints.flush();
        eventLog.write(c);
    }

    /** @param reason required when overriding the proposal (a note otherwise); null when none was given */
    public void decidePriority(ComplaintReference reference, long expectedVersion, PriorityLevel level, Reason reason) {
        Complaint c = loadForEdit(reference, expectedVersion);
        c.decidePriority(level, reason == null ? null : reason.text(), stamps.now());
        complaints.flush();
        eventLog.write(c);
    }

    /** Closes with an outcome and a closure letter; a referral is announced to the other modules. */
    public void close(ComplaintReference reference, long expectedVersion, Outcome outcome, Reason reason) {
        String why = reason.text();
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
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
        eventLog.write(c);
        if (outcome.referral() != null) {
            referrals.fire(new ComplaintReferred(
                    c.reference().caseRef(),
                    outcome.referral(),
                    c.organisation().name(),
                    c.organisation().identifier(),
                    c.organisationId().orElse(null),
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
    public void reopen(ComplaintReference reference, long expectedVersion, Reason reason) {
        Complaint c = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        c.reopen(reason.text(), stamp);
        restartInformationClock(c, stamp, null);
        complaints.flush();
        eventLog.write(c);
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
    UUID sendLetter(LetterType type, Complaint c, String body, Outcome outcome, LocalDate date) {
        return sendLetter(type, c, body, outcome, date, null);
    }

    /** @param answerDue the day the organisation's answer is due, for a request; null otherwise */
    private UUID sendLetter(
            LetterType type, Complaint c, String body, Outcome outcome, LocalDate date, LocalDate answerDue) {
        CaseOrganisation organisation = CaseOrganisation.read(
                directory,
                c.organisationId(),
                c.organisation().name(),
                c.organisation().identifier());
        byte[] pdf =
                letters.render(type, c, organisation, body == null ? null : body.strip(), outcome, date, answerDue);
        DocumentInfo stored = documents.storeGenerated(
                c.reference().caseRef(), letters.filename(type, c, date), "application/pdf", pdf);
        return stored.id();
    }

    Complaint loadForEdit(ComplaintReference reference, long expectedVersion) {
        Complaint c = load(reference);
        if (c.version() != expectedVersion) {
            throw new ConflictException(c.reference().value());
        }
        return c;
    }

    Complaint load(ComplaintReference reference) {
        return complaints.find(reference).orElseThrow(() -> new NotFoundException("complaint", reference.value()));
    }
}
