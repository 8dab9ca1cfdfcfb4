package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.ApplicationForm;
import fr.vigie.dossiers.domain.ClockIds;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierException;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.dossiers.domain.DossierStatus;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The instructor's use cases on one dossier. Only instructors change dossiers. Each act names
 * the version of the dossier the person saw (a concurrent change is a {@link ConflictException}
 * and nothing is written), audits what changed with the reason, and keeps the legal clocks in
 * step with the stage (see {@link DossierClocks}).
 */
@Stateless
@RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
public class DossierInstruction {
    @Inject
    EhdsApplicability ehds;

    @Inject
    OrganisationEnrolment directory;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierClocks clocks;

    @Inject
    CommitteeLink committee;

    @Inject
    PermitRenderer permits;

    @Inject
    DocumentStore documents;

    @Inject
    DossierEventLog log;

    @Inject
    Stamps stamps;

    /** Starts a draft; returns its reference. */
    public DossierReference create(ApplicationForm form) {
        Stamp stamp = stamps.now();
        DossierReference reference = dossiers.nextReference(stamp.today().getYear());
        Dossier d = new Dossier(reference, form, stamp);
        dossiers.store(d);
        dossiers.flush();
        log.write(d);
        return reference;
    }

    /** Creates and submits in one transaction: a refused submission leaves no draft behind. */
    public DossierReference createAndSubmit(ApplicationForm form) {
        requireSubmittable(form);
        DossierReference reference = create(form);
        Dossier d = dossiers.find(reference).orElseThrow();
        submit(reference, d.version());
        return reference;
    }

    public void saveDraft(DossierReference reference, long expectedVersion, ApplicationForm form) {
        Dossier d = loadForEdit(reference, expectedVersion);
        d.saveDraft(form, stamps.now());
        dossiers.flush();
        log.write(d);
    }

    /**
     * Submits (or, after an incomplete round, resubmits): the applicant's completion clock is met and
     * the instructor's completeness check starts.
     */
    public void submit(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        ehds.dateOfApplication().requireApplicable(d.procedure(), stamp.today());
        d.submit(stamp);
        directory
                .enrol(
                        DossiersModule.NAME,
                        d.application().siren(),
                        d.application().organisationName(),
                        d.application().organisationCountry())
                .ifPresent(d::referToDirectory);
        clocks.meet(d.clocks().completion(), stamp.today(), "Demande complétée par le demandeur");
        d.stageDueOn(
                clocks.start(d, DossierClocks.COMPLETENESS_CHECK, stamp.today()).dueDate());
        dossiers.flush();
        log.write(d);
    }

    /** Saves the answers and submits them in one act (the form's "submit" button). */
    public void saveAndSubmit(DossierReference reference, long expectedVersion, ApplicationForm form) {
        requireSubmittable(form);
        Dossier d = loadForEdit(reference, expectedVersion);
        d.saveDraft(form, stamps.now());
        // The answers saved on the way to their submission were never audited on their own: only the submission is.
        d.drainEvents();
        dossiers.flush();
        submit(reference, d.version());
    }

    /** Declares the application incomplete: for EHDS, the applicant's 4 weeks start (Art. 67); no decision clock runs. */
    public void declareIncomplete(DossierReference reference, long expectedVersion, String missing) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.declareIncomplete(missing, stamp);
        clocks.endCompletenessCheck(d, stamp.today(), true, "Demande déclarée incomplète");
        if (d.procedure().isEhds()) {
            ClockView clock = clocks.start(d, DossierClocks.COMPLETION, stamp.today());
            d.clocksAre(ClockIds.completion(clock.id().value()));
            d.stageDueOn(clock.dueDate());
        } else {
            d.stageDueOn(null); // nationally the applicant's answer has no legal period
        }
        dossiers.flush();
        log.write(d);
    }

    /**
     * Declares the application complete. National: the committee's month starts and the dossier is
     * referred. EHDS: the decision period and the 8/9-month target start from the day the complete
     * application was received (its submission or completing resubmission); the committee is asked
     * for its advice within the decision period.
     */
    public void declareComplete(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.declareComplete(stamp);
        clocks.endCompletenessCheck(d, stamp.today(), true, "Demande déclarée complète");
        ClockView due;
        if (d.procedure() == Procedure.NATIONAL) {
            due = clocks.start(d, DossierClocks.COMMITTEE_OPINION, stamp.today());
            d.clocksAre(ClockIds.opinion(due.id().value()));
        } else {
            // Art. 67-68: the decision period and the target run from the complete application's receipt.
            due = clocks.start(
                    d, DossierClocks.decisionPolicy(d), d.milestones().completeOn());
            d.clocksAre(ClockIds.decision(due.id().value()));
            ClockView target = clocks.start(
                    d, DossierClocks.targetPolicy(d), d.milestones().completeOn());
            d.clocksAre(ClockIds.target(target.id().value()));
            d.targetRunsUntil(target.dueDate());
        }
        d.stageDueOn(due.dueDate());
        dossiers.flush();
        boolean referred = committee.refer(d, due.dueDate());
        log.write(d, DossierEventLog.Addendum.change("referredToCommittee", referred));
    }

    public void estimateFee(DossierReference reference, long expectedVersion, BigDecimal amount, String currency) {
        Dossier d = loadForEdit(reference, expectedVersion);
        d.estimateFee(Money.of(amount, currency, "amount", "currency"), stamps.now());
        dossiers.flush();
        log.write(d);
    }

    public void acceptFee(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        d.acceptFee(stamps.now());
        dossiers.flush();
        log.write(d);
    }

    /** The applicant withdrew: every open clock stops and the committee's review ends. */
    public void withdraw(DossierReference reference, long expectedVersion, Reason reason) {
        String why = reason.text();
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.withdraw(why, stamp);
        clocks.stopAll(d, stamp.today(), "Demande retirée");
        clocks.endCompletenessCheck(d, stamp.today(), false, "Demande retirée");
        committee.withdraw(d, "Demande retirée : " + why);
        dossiers.flush();
        log.write(d);
    }

    /** Extends the decision period once, with reasons. */
    public void extendDecision(DossierReference reference, long expectedVersion, Reason reason) {
        String why = reason.text();
        Dossier d = loadForEdit(reference, expectedVersion);
        d.extendDecision(why, stamps.now());
        // The length of the extension is the law's (Art. 68(4): 3 months; 68(6): 1; loi 78-17 art. 66: 2).
        clocks.extendByTheLegalLength(d.clocks().decision(), why).ifPresent(v -> d.stageDueOn(v.dueDate()));
        dossiers.flush();
        log.write(d);
    }

    /**
     * Grants the permit (or authorisation): decision clock met, permit rendered as PDF and
     * stored, and for EHDS the publication, delivery, permit-term and extension-request clocks start.
     */
    public void grant(DossierReference reference, long expectedVersion, LocalDate expiresOn, String conditions) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.requireNoTacitAuthorisation(decisionDue(d), stamp);
        d.grant(expiresOn, clocks.latestPermitEnd(stamp.today()), conditions, stamp);
        clocks.meet(d.clocks().decision(), stamp.today(), "Permis délivré");
        clocks.startAfterAuthorisation(d, stamp.today());
        d.permitDocumentIs(storePermit(d));
        dossiers.flush();
        log.write(d);
    }

    /** The last day of the open decision clock, or null when none runs. */
    private LocalDate decisionDue(Dossier d) {
        return clocks.view(d.clocks().decision())
                .filter(ClockView::isOpen)
                .map(ClockView::dueDate)
                .orElse(null);
    }

    private java.util.UUID storePermit(Dossier d) {
        DocumentInfo info = documents.storeGenerated(
                d.reference().caseRef(),
                "permis-" + d.reference() + ".pdf",
                "application/pdf",
                permits.render(
                        d,
                        CaseOrganisation.read(
                                organisations,
                                d.organisationId(),
                                d.application().organisationName(),
                                d.application().siren())));
        return info.id();
    }

    /** Refuses with reasons; the reasons are published (EHDS publication clock). */
    public void refuse(DossierReference reference, long expectedVersion, String reasons) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.requireNoTacitAuthorisation(decisionDue(d), stamp);
        d.refuse(reasons, stamp);
        clocks.meet(d.clocks().decision(), stamp.today(), "Demande refusée");
        clocks.stopAll(d, stamp.today(), "Demande refusée");
        committee.withdraw(d, "Demande refusée");
        if (d.procedure().isEhds()) {
            d.clocksAre(ClockIds.publication(clocks.start(d, DossierClocks.PUBLICATION, stamp.today())
                    .id()
                    .value()));
        }
        dossiers.flush();
        log.write(d);
    }

    /** Publishes the decision and its reasons in the public register: the publication clock is met. */
    public void publishDecision(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.publishDecision(stamp);
        clocks.meet(d.clocks().publication(), stamp.today(), "Décision publiée au registre");
        dossiers.flush();
        log.write(d);
    }

    /** The data holder delivered the data: delivery clock met, the 2-month availability clock starts. */
    public void recordDelivery(DossierReference reference, long expectedVersion, LocalDate on) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.recordDelivery(on, stamp);
        clocks.meet(d.clocks().delivery(), on, "on", "Données livrées par le détenteur");
        if (d.procedure().isEhds()) {
            // The third step behind the target: the data made available (access application, Art. 68(7))
            // or the anonymised result provided (data request, Art. 69(4)).
            ClockView lastStep = clocks.start(d, DossierClocks.lastStepPolicy(d), on);
            d.clocksAre(ClockIds.availability(lastStep.id().value()));
            d.stageDueOn(lastStep.dueDate());
        }
        dossiers.flush();
        log.write(d);
    }

    /** The data are available to the user: availability and target clocks met. */
    public void recordAvailability(DossierReference reference, long expectedVersion, LocalDate on) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.recordAvailability(on, stamp);
        clocks.meet(d.clocks().availability(), on, "on", "Données mises à disposition");
        clocks.meet(d.clocks().target(), on, "on", "Données mises à disposition");
        dossiers.flush();
        log.write(d);
    }

    public void amendPermit(DossierReference reference, long expectedVersion, String conditions, Reason reason) {
        String why = reason.text();
        Dossier d = loadForEdit(reference, expectedVersion);
        d.amendPermit(conditions, why, stamps.now());
        d.permitDocumentIs(storePermit(d));
        dossiers.flush();
        log.write(d);
    }

    /**
     * Extends the permit once (Art. 68(12)): allowed up to the due date of the counted-back
     * extension-request clock (one month before expiry); the permit-term clock is extended too.
     */
    public void extendPermit(DossierReference reference, long expectedVersion, LocalDate newExpiry, Reason reason) {
        String why = reason.text();
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        LocalDate before = d.permit().expiresOn();
        LocalDate lastDay =
                clocks.view(d.clocks().extension()).map(ClockView::dueDate).orElse(null);
        d.extendPermit(newExpiry, why, lastDay, clocks.latestPermitEnd(before), stamp);
        clocks.meet(d.clocks().extension(), stamp.today(), "Prolongation demandée : " + why);
        // the permit-term clock follows the permit's new term, day for day
        clocks.extend(d.clocks().permit(), (int) ChronoUnit.DAYS.between(before, newExpiry), "days", why);
        d.permitDocumentIs(storePermit(d));
        dossiers.flush();
        log.write(d);
    }

    /**
     * Records the permit's expiry (Art. 68(12)), whether or not the data arrived. The clocks still
     * waiting for the data (delivery, availability, the target) stop: the act is no longer needed;
     * so do the permit-term and extension-request clocks. The 6-month deletion clock starts on the
     * permit's expiry date, the event the law counts from, not on the day the expiry is recorded.
     */
    public void expirePermit(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.expirePermit(stamp);
        ClockIds ids = d.clocks();
        for (Long clock :
                new Long[] {ids.delivery(), ids.availability(), ids.target(), ids.permit(), ids.extension()}) {
            clocks.stop(clock, stamp.today(), "Terme du permis atteint");
        }
        ClockView deletion = clocks.start(d, DossierClocks.DELETION, d.permit().expiredOn());
        d.clocksAre(ClockIds.deletion(deletion.id().value()));
        d.stageDueOn(deletion.dueDate());
        dossiers.flush();
        log.write(d);
    }

    public void confirmDeletion(DossierReference reference, long expectedVersion) {
        Dossier d = loadForEdit(reference, expectedVersion);
        Stamp stamp = stamps.now();
        d.confirmDeletion(stamp);
        clocks.meet(d.clocks().deletion(), stamp.today(), "Suppression des données confirmée");
        dossiers.flush();
        log.write(d);
    }

    /** Attaches a document uploaded by the instructor. */
    public DocumentInfo attach(DossierReference reference, long expectedVersion, String filename, InputStream content) {
        return attach(loadForEdit(reference, expectedVersion), filename, content);
    }

    /**
     * Attaches a document sent through the generic document API, to the dossier as it stands: an
     * attachment is appended and changes nothing another person may be editing, so no version is asked.
     */
    public DocumentInfo attachToCurrent(DossierReference reference, String filename, InputStream content) {
        Dossier d = dossiers.find(reference).orElseThrow(() -> new NotFoundException("dossier", reference.value()));
        return attach(loadForEdit(reference, d.version()), filename, content);
    }

    private DocumentInfo attach(Dossier d, String filename, InputStream content) {
        DocumentInfo info = documents.store(d.reference().caseRef(), filename, content);
        d.attach(info.id(), info.filename(), stamps.now());
        dossiers.flush();
        log.write(d);
        return info;
    }

    /** Every problem of a form about to be submitted, not only those of what was typed. */
    private static void requireSubmittable(ApplicationForm form) {
        List<DomainException> problems = form.submissionProblems();
        if (!problems.isEmpty()) {
            throw DossierException.onFields(problems);
        }
    }

    private Dossier loadForEdit(DossierReference reference, long expectedVersion) {
        Dossier d = dossiers.find(reference).orElseThrow(() -> new NotFoundException("dossier", reference.value()));
        if (d.version() != expectedVersion) {
            throw new ConflictException("dossier " + reference.value());
        }
        if (d.status() == DossierStatus.CLOSED) {
            throw DossierException.refused("dossier.closed", reference.value());
        }
        return d;
    }
}
