package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.CaseDocument;
import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderCaseRepository;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.crossborder.domain.Transmission;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * The use cases on one cross-border case. Each names the version of the case the person saw (a
 * concurrent change is a {@link ConflictException}: nothing is written), lets the aggregate decide,
 * ends and starts the clocks its act asks for, and audits what changed with the reason. No access
 * check here: people reach these through {@link CrossBorderHandling} (role-checked), the application
 * itself through {@link ComplaintTransmissionFollower}. Callers provide the transaction.
 */
@ApplicationScoped
public class CrossBorderActs {
    /** The authority Vigie serves: the CNIL. */
    static final SupervisoryAuthority HOME = SupervisoryAuthority.FR;

    @Inject
    CrossBorderCaseRepository cases;

    @Inject
    CrossBorderClocks clocks;

    @Inject
    CrossBorderEventLog eventLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentStore documents;

    /** Opens a case (ex officio, or from a complaint) against an organisation, led by {@code lead}. */
    public CrossBorderCaseId open(
            LocalDate openedOn, SupervisoryAuthority lead, String organisationName, Long directoryId, Reason reason) {
        if (openedOn == null) {
            throw CrossBorderException.onField("openedOn", "crossborder.openedOn.required");
        }
        if (lead == null) {
            throw CrossBorderException.onField("lead", "crossborder.lead.required");
        }
        if (organisationName == null || organisationName.isBlank()) {
            throw CrossBorderException.onField("organisationName", "crossborder.organisation.required");
        }
        CrossBorderCase c =
                CrossBorderCase.open(cases.nextId(openedOn), openedOn, HOME, lead, organisationName, directoryId);
        cases.add(c);
        cases.flush();
        eventLog.write(c, reason == null ? null : reason.text());
        return c.id();
    }

    /**
     * Opens a case from a complaint lodged on {@code complaintLodgedOn} (the system's reaction to a
     * transmitted complaint): that day decides the rules (Art. 36).
     */
    CrossBorderCaseId openFromComplaint(
            LocalDate openedOn,
            LocalDate complaintLodgedOn,
            SupervisoryAuthority lead,
            String organisationName,
            Long directoryId,
            Reason reason) {
        CrossBorderCase c = CrossBorderCase.openFromComplaint(
                cases.nextId(openedOn), openedOn, complaintLodgedOn, HOME, lead, organisationName, directoryId);
        cases.add(c);
        cases.flush();
        eventLog.write(c, reason == null ? null : reason.text());
        return c.id();
    }

    /** Joins a complaint to the case (also the reaction to a transmitted complaint). */
    public void joinComplaint(CrossBorderCaseId id, long expectedVersion, CaseRef complaint, String reason) {
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        c.joinComplaint(complaint);
        done(c, reason);
    }

    /**
     * Joins a complaint to the case whatever its version (the system's reaction, in the complaint's
     * transaction). {@code decidedBy}: the handler whose decision the system carries out; a clock this
     * starts (Art. 4(6) when the complaint is received as presumed lead) is theirs to watch — the system
     * account owns no clock and is warned of nothing.
     */
    void joinComplaint(
            CrossBorderCase c,
            CaseRef complaint,
            LocalDate lodgedOn,
            boolean asPresumedLead,
            String reason,
            String decidedBy) {
        c.joinComplaint(complaint, lodgedOn);
        if (asPresumedLead) {
            c.awaitCompetenceConfirmation(lodgedOn);
        }
        done(c, reason, decidedBy);
    }

    public void addConcernedAuthority(CrossBorderCaseId id, long expectedVersion, SupervisoryAuthority authority) {
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        c.addConcernedAuthority(authority);
        done(c, null);
    }

    /**
     * A dated act recorded by a system task on behalf of {@code clockOwner} (the demo data: the system
     * records the act, a person owns the clocks it starts).
     */
    void actFor(String clockOwner, CrossBorderCaseId id, CrossBorderAct act, LocalDate on, String reasonText) {
        CrossBorderCase c = load(id);
        apply(c, act, on, null);
        done(c, reasonOrNull(reasonText), clockOwner);
    }

    /**
     * A dated act of the procedure. {@code authority}: for an objection, the authority concerned that
     * objected. {@code reason}: required by the acts that say so ({@link CrossBorderAct#reasonRequired()}).
     */
    public void act(
            CrossBorderCaseId id,
            long expectedVersion,
            CrossBorderAct act,
            LocalDate on,
            SupervisoryAuthority authority,
            String reasonText) {
        if (act == null) {
            throw CrossBorderException.onField("act", "crossborder.act.unknown", "");
        }
        String reason = act.reasonRequired() ? Reason.of(reasonText).text() : reasonOrNull(reasonText);
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        apply(c, act, on, authority);
        done(c, reason);
    }

    private static void apply(CrossBorderCase c, CrossBorderAct act, LocalDate on, SupervisoryAuthority authority) {
        switch (act) {
            case CONFIRM_COMPETENCE -> c.confirmCompetence(on);
            case APPLY_SIMPLE_COOPERATION -> c.applySimpleCooperation(on);
            case SHARE_SUMMARY_OF_KEY_ISSUES -> c.shareSummaryOfKeyIssues(on);
            case ISSUE_PRELIMINARY_FINDINGS -> c.issuePreliminaryFindings(on);
            case RECORD_PARTIES_HEARD -> c.recordPartiesHeard(on);
            case SUBMIT_DRAFT_DECISION -> c.submitDraftDecision(on);
            case RECEIVE_DRAFT_DECISION -> c.receiveDraftDecision(on);
            case RECORD_OBJECTION -> c.recordObjection(authority, on);
            case SUBMIT_REVISED_DRAFT -> c.submitRevisedDraft(on);
            case REFER_TO_BOARD -> c.referToBoard(on);
            case ADOPT_FINAL_DECISION -> c.adoptFinalDecision(on);
            case CLOSE -> c.close(on);
            case PROPOSE_EARLY_RESOLUTION -> c.proposeEarlyResolution(on);
            case RECORD_COMPLAINANT_OBJECTION -> c.recordComplainantObjection(on);
            case CLOSE_BY_EARLY_RESOLUTION -> c.closeByEarlyResolution(on);
            default -> throw CrossBorderException.onField("act", "crossborder.act.unknown", act.path());
        }
    }

    /**
     * Extends the investigation deadline by {@code months} (Regulation (EU) 2025/2518 Art. 12(3), or
     * 12(6) under simple cooperation), with the reasons given to the authorities concerned.
     */
    public void extendInvestigationDeadline(
            CrossBorderCaseId id, long expectedVersion, Integer months, LocalDate on, String reasonText) {
        String reason = Reason.of(reasonText).text();
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        c.extendInvestigationDeadline(months, on);
        done(c, reason);
    }

    /**
     * Files a document in one of its versions: the content goes to the platform's document store
     * (the case's documents), the case records its number, version and fingerprint.
     *
     * @return the document's number in the case's file
     */
    public int fileDocument(
            CrossBorderCaseId id,
            long expectedVersion,
            String title,
            CaseDocument.Confidentiality confidentiality,
            Integer versionOf,
            LocalDate on,
            String filename,
            InputStream content) {
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        if (content == null || filename == null || filename.isBlank()) {
            throw CrossBorderException.onField("file", "crossborder.document.fileRequired");
        }
        // Checked before storing, so that a refused filing leaves no orphan content behind.
        if (title == null || title.isBlank()) {
            throw CrossBorderException.onField("title", "crossborder.document.titleRequired");
        }
        if (confidentiality == null) {
            throw CrossBorderException.onField("confidentiality", "crossborder.document.confidentialityRequired");
        }
        DocumentInfo stored = documents.store(c.id().caseRef(), filename, content);
        int number = c.fileDocument(
                title,
                confidentiality,
                versionOf,
                new CaseDocument.StoredFile(stored.id().toString(), stored.filename(), stored.sha256()),
                on);
        done(c, null);
        return number;
    }

    /** Records that document {@code number} was sent to a recipient (an authority concerned: which one). */
    public void recordDocumentSent(
            CrossBorderCaseId id,
            long expectedVersion,
            int number,
            Transmission.Recipient recipient,
            SupervisoryAuthority authority,
            LocalDate on) {
        CrossBorderCase c = loadForEdit(id, expectedVersion);
        c.recordDocumentSent(number, recipient, authority, on);
        done(c, null);
    }

    private static String reasonOrNull(String text) {
        Reason optional = Reason.optional(text);
        return optional == null ? null : optional.text();
    }

    /** Writes the case (version checked), applies its clocks and audits its facts. */
    private void done(CrossBorderCase c, String reason) {
        done(c, reason, currentUser.username());
    }

    /** The same, the clocks the act starts owned by {@code clockOwner} (a person, never the system account). */
    private void done(CrossBorderCase c, String reason, String clockOwner) {
        cases.flush();
        clocks.apply(c, clockOwner, reason);
        cases.flush();
        eventLog.write(c, reason);
    }

    CrossBorderCase loadForEdit(CrossBorderCaseId id, long expectedVersion) {
        CrossBorderCase c = load(id);
        if (c.version() != expectedVersion) {
            throw new ConflictException(id.value());
        }
        return c;
    }

    CrossBorderCase load(CrossBorderCaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("cross-border case", id.value()));
    }
}
