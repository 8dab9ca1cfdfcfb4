package fr.vigie.inspections.application;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.inspections.api.InspectionClosedWithFollowUp;
import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.BreachNotification;
import fr.vigie.inspections.domain.Closure;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionAct;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionRepository;
import fr.vigie.inspections.domain.InspectionType;
import fr.vigie.inspections.domain.NewInspection;
import fr.vigie.inspections.domain.Organisation;
import fr.vigie.inspections.domain.Origin;
import fr.vigie.inspections.domain.Outcome;
import fr.vigie.inspections.domain.StoredDocument;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The use cases on one inspection. Each names the version of the inspection the person saw (a
 * concurrent change is a {@link ConflictException}: nothing is written), lets the aggregate decide,
 * audits what changed with the reason, and keeps the observations clock, the documents and the
 * other modules in step. No access check here: people reach these through {@link InspectionHandling}
 * (role-checked); the application itself through system tasks (a referred complaint, demo data).
 * Callers provide the transaction.
 */
@ApplicationScoped
public class InspectionActs {
    @Inject
    OrganisationEnrolment directory;

    @Inject
    InspectionRepository inspections;

    @Inject
    ReferenceStore reference;

    @Inject
    InspectionClocks clocks;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    MissionOrderRenderer missionOrders;

    @Inject
    RecommendationLetterRenderer recommendationLetters;

    @Inject
    DocumentStore documents;

    @Inject
    InspectionEventLog eventLog;

    @Inject
    LegalHolds holds;

    @Inject
    Stamps stamps;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<InspectionClosedWithFollowUp> followUps;

    @Inject
    fr.vigie.platform.api.security.SystemTasks systemTasks;

    /** Opens an inspection (programme, breach notification, own initiative, or a complaint's referral). */
    public InspectionReference open(NewInspectionForm form) {
        return open(form, false, null);
    }

    /**
     * Opens the inspection a complaint was referred to (the complaint may know a French organisation by
     * name only). {@code directoryId}: the directory organisation the complaint was linked to, taken as
     * it is; null when the complaint was not linked, and the inspection is then enrolled by its number.
     */
    public InspectionReference openFromReferral(NewInspectionForm form, Long directoryId) {
        return open(form, true, directoryId);
    }

    private InspectionReference open(NewInspectionForm form, boolean referral, Long directoryId) {
        Stamp stamp = stamps.now();
        Origin origin = Inputs.enumOf(Origin.class, form.origin(), "origin");
        InspectionType type = Inputs.enumOf(InspectionType.class, form.type(), "type");
        if (form.theme() == null
                || reference.theme(form.theme()).filter(t -> t.active()).isEmpty()) {
            throw InspectionException.onField(
                    "theme",
                    form.theme() == null ? "inspection.theme.required" : "inspection.theme.unknown",
                    form.theme());
        }
        Organisation organisation = referral
                ? Organisation.referred(form.organisationName(), form.organisationNumber(), form.organisationCountry())
                : Organisation.of(
                        form.organisationName(),
                        form.organisationNumber(),
                        form.organisationCountry(),
                        form.sensitiveData(),
                        form.minors());
        BreachNotification breach = origin == Origin.BREACH_NOTIFICATION
                ? BreachNotification.of(
                        form.breachKnownOn(),
                        form.breachNotifiedOn(),
                        form.breachPeopleAffected(),
                        form.breachDataCategories(),
                        stamp.today())
                : null;
        if (origin == Origin.COMPLAINT
                && form.originCase() != null
                && !form.originCase().isBlank()) {
            CaseRef.parse(form.originCase().strip());
        }
        int year = form.year() == null ? stamp.today().getYear() : form.year();
        int quarter = form.quarter() == null ? (stamp.today().getMonthValue() - 1) / 3 + 1 : form.quarter();
        Inspection inspection = new Inspection(
                inspections.nextReference(stamp.today().getYear()),
                new NewInspection(
                        origin,
                        form.originCase(),
                        breach,
                        type,
                        form.theme(),
                        year,
                        quarter,
                        organisation,
                        form.subject()),
                stamp);
        OrganisationLink.of(
                        directoryId,
                        () -> directory.enrol(
                                InspectionsModule.NAME,
                                organisation.number(),
                                organisation.name(),
                                organisation.country()))
                .ifPresent(inspection::referToDirectory);
        inspections.add(inspection);
        inspections.flush();
        eventLog.write(inspection);
        return inspection.reference();
    }

    public void prepare(
            InspectionReference ref,
            long expectedVersion,
            String lead,
            Set<String> members,
            String place,
            LocalDate visitDate) {
        Inspection i = loadForEdit(ref, expectedVersion);
        i.prepare(
                lead,
                members,
                place,
                visitDate,
                inspections.inspectorsWithInterestIn(i.organisationId().orElse(null), i.organisation()),
                stamps.now());
        inspections.flush();
        eventLog.write(i);
    }

    /** The president signs: the mission order's PDF is produced and kept as a document of the inspection. */
    public UUID signMissionOrder(InspectionReference ref, long expectedVersion) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        if (!i.availableActs().contains(InspectionAct.SIGN_MISSION_ORDER)) {
            // Let the aggregate refuse before a PDF is produced for nothing.
            i.signMissionOrder(null, stamp);
        }
        String president = systemTasks.active() ? stamp.actor() : currentUser.displayName();
        byte[] pdf = missionOrders.render(i, organisationNamed(i), president, stamp.today());
        DocumentInfo stored =
                documents.storeGenerated(i.reference().caseRef(), missionOrders.filename(i), "application/pdf", pdf);
        i.signMissionOrder(stored(stored), stamp);
        inspections.flush();
        eventLog.write(i);
        return stored.id();
    }

    public void conduct(InspectionReference ref, long expectedVersion, LocalDate conductedOn) {
        Inspection i = loadForEdit(ref, expectedVersion);
        i.conduct(conductedOn, stamps.now());
        inspections.flush();
        eventLog.write(i);
    }

    public void writeMinutes(InspectionReference ref, long expectedVersion, String peopleMet, String text) {
        Inspection i = loadForEdit(ref, expectedVersion);
        i.writeMinutes(peopleMet, text, stamps.now());
        inspections.flush();
        eventLog.write(i);
    }

    public long addFinding(
            InspectionReference ref,
            long expectedVersion,
            String article,
            String severity,
            String description,
            List<UUID> evidence,
            Reason reason) {
        Inspection i = loadForEdit(ref, expectedVersion);
        if (article == null || article.isBlank()) {
            throw InspectionException.onField("article", "finding.article.required");
        }
        if (reference.article(article.strip()).filter(a -> a.active()).isEmpty()) {
            throw InspectionException.onField("article", "finding.article.unknown", article);
        }
        FindingSeverity level = Inputs.enumOf(FindingSeverity.class, severity, "severity");
        List<UUID> proofs = evidence == null ? List.of() : evidence;
        if (!proofs.isEmpty()) {
            Set<UUID> known = new HashSet<>();
            documents.listFor(i.reference().caseRef()).forEach(d -> known.add(d.id()));
            for (UUID proof : proofs) {
                if (!known.contains(proof)) {
                    throw InspectionException.onField("evidence", "finding.evidence.unknown", proof);
                }
            }
        }
        var finding = i.addFinding(article.strip(), level, description, proofs, reason, stamps.now());
        inspections.flush();
        eventLog.write(i);
        return finding.id();
    }

    public void removeFinding(InspectionReference ref, long expectedVersion, long findingId) {
        Inspection i = loadForEdit(ref, expectedVersion);
        i.removeFinding(findingId, stamps.now());
        inspections.flush();
        eventLog.write(i);
    }

    public DocumentInfo attachEvidence(
            InspectionReference ref, long expectedVersion, String filename, InputStream content) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        if (!i.availableActs().contains(InspectionAct.ATTACH_EVIDENCE)
                || !i.team().contains(stamp.actor())) {
            // Let the aggregate refuse before the document is stored for nothing.
            i.attachEvidence(filename, null, stamp);
        }
        DocumentInfo stored = documents.store(i.reference().caseRef(), filename, content);
        i.attachEvidence(filename, stored(stored), stamp);
        inspections.flush();
        eventLog.write(i);
        return stored;
    }

    /** Notifies the minutes: locked, their SHA-256 in the audit trail, the observations clock starts. */
    public String notifyMinutes(InspectionReference ref, long expectedVersion) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        String hash = i.notifyMinutes(stamp);
        long clock = clocks.startObservations(i.reference().caseRef(), stamp.today(), i.lead());
        i.observationsTrackedBy(
                clock, clocks.view(clock).map(ClockView::dueDate).orElse(null));
        inspections.flush();
        eventLog.write(i);
        return hash;
    }

    public void addAddendum(InspectionReference ref, long expectedVersion, Reason reason, String text) {
        Inspection i = loadForEdit(ref, expectedVersion);
        i.addAddendum(reason, text, stamps.now());
        inspections.flush();
        eventLog.write(i);
    }

    public void recordObservations(
            InspectionReference ref, long expectedVersion, LocalDate receivedOn, String filename, InputStream content) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        if (content == null || filename == null || filename.isBlank()) {
            throw InspectionException.onField("file", "observations.document.required");
        }
        if (!i.availableActs().contains(InspectionAct.RECORD_OBSERVATIONS)) {
            i.recordObservations(receivedOn, null, stamp);
        }
        DocumentInfo stored = documents.store(i.reference().caseRef(), filename, content);
        i.recordObservations(receivedOn, stored(stored), stamp);
        clocks.meet(i.observations().clock(), receivedOn, "Observations de l’organisme reçues");
        inspections.flush();
        eventLog.write(i);
    }

    /** The organisation let its period pass: the clock's due date is over. */
    public void recordPeriodElapsed(InspectionReference ref, long expectedVersion) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        LocalDate end =
                clocks.view(i.observations().clock()).map(ClockView::dueDate).orElse(null);
        i.recordPeriodElapsed(end, stamp);
        clocks.stop(i.observations().clock(), stamp.today(), "Délai d’observations expiré sans réponse");
        inspections.flush();
        eventLog.write(i);
    }

    /** The complaint this inspection came from was held while it was open (ComplaintReferralFollower). */
    private void releaseOriginComplaint(Inspection i) {
        if (i.originCase() != null && i.originCase().startsWith("complaints:")) {
            holds.release(
                    CaseRef.parse(i.originCase()),
                    LegalHolds.Kind.LINKED_CASE,
                    "Contrôle " + i.reference().value() + " clos");
        }
    }

    /**
     * Closes with an outcome; "formal notice proposed" and "referral to sanctions" are announced to
     * the sanctions module in this transaction (findings, team, organisation, origins).
     */
    public void close(InspectionReference ref, long expectedVersion, String outcome, Reason reason) {
        Inspection i = loadForEdit(ref, expectedVersion);
        Stamp stamp = stamps.now();
        Outcome chosen = Inputs.enumOf(Outcome.class, outcome, "outcome");
        i.close(chosen, reason, stamp);
        inspections.flush();
        eventLog.write(i);
        if (Closure.needsLetter(chosen)) {
            sendClosureLetter(i, stamp);
        }
        releaseOriginComplaint(i);
        if (chosen.followUp() != null) {
            List<CaseRef> origins = i.originCase() == null ? List.of() : List.of(CaseRef.parse(i.originCase()));
            followUps.fire(new InspectionClosedWithFollowUp(
                    i.reference().caseRef(),
                    chosen.followUp(),
                    i.organisation().name(),
                    i.organisation().number(),
                    i.publishedFindings(),
                    i.team(),
                    origins,
                    i.closure().reason(),
                    stamp.today(),
                    stamp.actor()));
            eventLog.followUpPublished(i, chosen.followUp());
        }
    }

    /** The recommendations go to the organisation in a letter, kept (with its hash) as a document of the inspection. */
    private void sendClosureLetter(Inspection i, Stamp stamp) {
        String head = systemTasks.active() ? stamp.actor() : currentUser.displayName();
        byte[] pdf = recommendationLetters.render(i, organisationNamed(i), head);
        DocumentInfo stored = documents.storeGenerated(
                i.reference().caseRef(), recommendationLetters.filename(i), "application/pdf", pdf);
        i.attachClosureLetter(stored(stored));
        inspections.flush();
        eventLog.write(i);
    }

    private static StoredDocument stored(DocumentInfo document) {
        return new StoredDocument(document.id(), document.filename(), document.sha256());
    }

    Inspection loadForEdit(InspectionReference ref, long expectedVersion) {
        Inspection i = load(ref);
        if (i.version() != expectedVersion) {
            throw new ConflictException(i.reference().value());
        }
        return i;
    }

    Inspection load(InspectionReference ref) {
        return inspections.find(ref).orElseThrow(() -> new NotFoundException("inspection", ref.value()));
    }

    /** The organisation a document written now names: the directory's when linked (ADR 7 step 1). */
    private CaseOrganisation organisationNamed(Inspection i) {
        return CaseOrganisation.read(
                organisations,
                i.organisationId(),
                i.organisation().name(),
                i.organisation().number());
    }
}
