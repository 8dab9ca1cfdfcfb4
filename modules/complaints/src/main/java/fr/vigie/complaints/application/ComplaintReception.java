package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.domain.Complainant;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.CrossBorderFile;
import fr.vigie.complaints.domain.CrossBorderIntake;
import fr.vigie.complaints.domain.NewComplaint;
import fr.vigie.complaints.domain.Organisation;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.CrossBorderRules;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * Receives complaints from every channel: checks them, numbers them, proposes a priority, starts
 * the acknowledgement and GDPR Art. 78(2) clocks, suggests the complaints against the same
 * organisation (and queues the search for similar facts), and audits it, in one transaction. A resubmission with the same key returns the complaint already received.
 *
 * <p>No access check here: the use cases are reached through {@link ComplaintIntake}, the role-checked entry
 * point for people, and by the application itself in a system task (the demo complaints, {@link
 * DemoComplaints}); callers provide the transaction.
 */
@ApplicationScoped
public class ComplaintReception {
    @Inject
    ComplaintRepository complaints;

    @Inject
    ComplaintClocks clocks;

    @Inject
    RelatedComplaints related;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    @Inject
    DocumentStore documents;

    @Inject
    OrganisationEnrolment directory;

    public IntakeResult receive(IntakeForm form) {
        return receive(form, List.of());
    }

    /**
     * Receives a complaint with its attachments, stored as documents of the complaint in the same
     * transaction: a file the document store refuses (type, size) refuses the whole intake, so that
     * nothing is half-received and the form can be sent again.
     */
    public IntakeResult receive(IntakeForm form, List<Attachment> attachments) {
        return receive(form, null, attachments);
    }

    /**
     * Receives a cross-border complaint: the information of the annex form only (Regulation (EU)
     * 2025/2518 Art. 4(1)); the categories and the number of people affected are not asked (the
     * handler may set them later as for any complaint: "other", one person). Under the Regulation
     * (received from 2 April 2027) the Art. 4(2) and transmission clocks start with the others.
     */
    public IntakeResult receiveCrossBorder(CrossBorderIntakeForm form) {
        return receive(form.asIntakeForm(), form.crossBorder(), List.of());
    }

    private IntakeResult receive(IntakeForm form, CrossBorderIntake crossBorder, List<Attachment> attachments) {
        String key = form.submissionKey() == null || form.submissionKey().isBlank()
                ? null
                : form.submissionKey().strip();
        if (key != null) {
            complaints.lockSubmission(key);
            Optional<Complaint> known = complaints.findBySubmissionKey(key);
            if (known.isPresent()) {
                return new IntakeResult(known.get().reference().value(), false);
            }
        }
        Stamp stamp = stamps.now();
        Organisation organisation =
                new Organisation(form.organisationName(), form.organisationCountry(), form.organisationIdentifier());
        Complainant complainant =
                new Complainant(form.complainantName(), form.complainantEmail(), form.complainantAddress());
        NewComplaint facts = new NewComplaint(
                form.channel(),
                form.receivedOn(),
                complainant,
                organisation,
                form.facts(),
                form.categories(),
                form.peopleAffected());
        long recent = organisation.siren() == null || form.receivedOn() == null
                ? 0
                : complaints.countAgainstSiren(
                        organisation.siren(), form.receivedOn().minusMonths(12), -1);
        int year = form.receivedOn() == null
                ? stamp.today().getYear()
                : form.receivedOn().getYear();
        // Searched before the year's number is taken: that number's row lock is held until commit, and
        // every other intake of the year waits for it. The similar-facts search (about 1 s of CPU on 1M
        // complaints) is not in the intake at all: it is queued, and runs once this transaction commits.
        List<RelatedComplaintSearch.Candidate> sameOrganisation = related.sameOrganisationFor(
                organisation.siren(), form.receivedOn() == null ? stamp.today() : form.receivedOn());
        Complaint complaint = new Complaint(
                complaints.nextReference(year),
                key,
                facts,
                crossBorder,
                PriorityRules.assess(facts.categories(), facts.peopleAffected(), recent),
                stamp);
        directory
                .enrol(ComplaintsModule.NAME, organisation.identifier(), organisation.name(), organisation.country())
                .ifPresent(complaint::referToDirectory);
        complaints.store(complaint);
        complaints.flush();

        long acknowledgement = clocks.start(
                complaint.id(),
                complaint.reference().caseRef(),
                ComplaintClocks.ACKNOWLEDGEMENT,
                complaint.receivedOn(),
                stamp.actor());
        long information = clocks.start(
                complaint.id(),
                complaint.reference().caseRef(),
                ComplaintClocks.INFORMATION,
                complaint.receivedOn(),
                stamp.actor());
        complaint.trackedBy(acknowledgement, information);
        complaint.crossBorder().ifPresent(xb -> startCrossBorderClocks(complaint, xb, stamp));
        audit.record(ComplaintAudit.of("COMPLAINT_RECEIVED", complaint, null)
                .changed("channel", null, complaint.channel())
                .changed("receivedOn", null, complaint.receivedOn())
                .changed(
                        "organisation",
                        null,
                        organisation.name() + " (" + organisation.identifier() + ", " + organisation.country() + ")")
                .changed("categories", null, complaint.categories())
                .changed("peopleAffected", null, complaint.peopleAffected())
                .changed(
                        "crossBorder",
                        null,
                        complaint
                                .crossBorder()
                                .map(xb -> xb.route() + " "
                                        + CrossBorderFile.rules(complaint.receivedOn())
                                        + (xb.receivedFrom() == null
                                                ? ""
                                                : " " + xb.receivedFrom() + " " + xb.receivedFromReference()))
                                .orElse(null))
                .changed(
                        "proposedPriority",
                        null,
                        complaint.proposedPriority().level() + " "
                                + complaint.proposedPriority().score())
                .build());
        for (Attachment attachment : attachments) {
            DocumentInfo stored = documents.store(
                    complaint.reference().caseRef(),
                    attachment.filename(),
                    new ByteArrayInputStream(attachment.content()));
            audit.record(ComplaintAudit.of("COMPLAINT_ATTACHMENT_ADDED", complaint, null)
                    .changed("document", null, stored.filename() + " (" + stored.id() + ")")
                    .build());
        }
        related.suggest(complaint, sameOrganisation);
        related.queueSimilarFactsSearch(complaint);
        complaints.flush();
        return new IntakeResult(complaint.reference().value(), true);
    }

    /** The Regulation's clocks the complaint's receipt day calls for (none under the old rules). */
    private void startCrossBorderClocks(Complaint complaint, CrossBorderFile xb, Stamp stamp) {
        Long inadmissibility = null;
        Long transmission = null;
        for (String policy : xb.clocksOnReceipt(complaint.receivedOn())) {
            long clock = clocks.start(
                    complaint.id(), complaint.reference().caseRef(), policy, complaint.receivedOn(), stamp.actor());
            if (policy.equals(CrossBorderRules.INADMISSIBILITY)) {
                inadmissibility = clock;
            } else {
                transmission = clock;
            }
        }
        complaint.crossBorderTrackedBy(inadmissibility, transmission);
    }
}
