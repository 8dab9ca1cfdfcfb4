package fr.vigie.crossborder.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.RecordedEvents;
import fr.vigie.platform.api.clock.CrossBorderRules;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A case of cross-border processing as the authority Vigie serves ("home") follows it, whether it
 * leads the case or is one of the authorities concerned: the cooperation procedure of GDPR Art. 60,
 * the dispute resolution of Art. 65 and, for the cases Art. 36 of Regulation (EU) 2025/2518 puts
 * under it, that Regulation.
 *
 * <p>The rules are fixed when the case is opened and never change ({@link CrossBorderRules#underArticle36}:
 * the receipt day of its complaint, else its opening day, after 2 April 2027): a case opened on
 * 2 April 2027, or on 10 April from a complaint lodged on 30 March, ends under the GDPR alone. Each act that starts a
 * legal period records a {@link ClockRequest}, each act that ends one a {@link ClockEnd}; the
 * application layer applies them and {@link #takeClockRequests() takes} them. Each act records a
 * {@link CrossBorderEvent} for the audit trail. Acts are dated and never precede the last act.
 */
@Entity
@Table(name = "cross_border_case", schema = "crossborder")
@NamedQuery(
        name = "CrossBorderCase.byReference",
        query = "SELECT c FROM CrossBorderCase c WHERE c.reference = :reference")
@NamedQuery(
        name = "CrossBorderCase.openAgainstDirectoryId",
        query = "SELECT c FROM CrossBorderCase c WHERE c.organisationDirectoryId = :directoryId AND c.lead = :lead"
                + " AND c.stage <> fr.vigie.crossborder.domain.Stage.CLOSED ORDER BY c.openedOn, c.reference")
@NamedQuery(
        name = "CrossBorderCase.openAgainstName",
        query = "SELECT c FROM CrossBorderCase c WHERE LOWER(c.organisationName) = :name AND c.lead = :lead"
                + " AND c.stage <> fr.vigie.crossborder.domain.Stage.CLOSED ORDER BY c.openedOn, c.reference")
public class CrossBorderCase {

    @Id
    private String reference;

    @Version
    private long version;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    private CrossBorderRules rules;

    @Enumerated(EnumType.STRING)
    private SupervisoryAuthority home;

    @Enumerated(EnumType.STRING)
    private SupervisoryAuthority lead;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "organisation_directory_id")
    private Long organisationDirectoryId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "concerned_authority",
            schema = "crossborder",
            joinColumns = @JoinColumn(name = "case_reference"))
    @Column(name = "authority")
    @Enumerated(EnumType.STRING)
    private Set<SupervisoryAuthority> concerned = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "joined_complaint",
            schema = "crossborder",
            joinColumns = @JoinColumn(name = "case_reference"))
    @Column(name = "complaint")
    @OrderColumn(name = "position")
    private List<String> joinedComplaints = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objection", schema = "crossborder", joinColumns = @JoinColumn(name = "case_reference"))
    @Column(name = "authority")
    @Enumerated(EnumType.STRING)
    private Set<SupervisoryAuthority> objectionsToCurrentDraft = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private CooperationProcedure procedure = CooperationProcedure.STANDARD;

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.OPENED;

    @Column(name = "last_act_on")
    private LocalDate lastActOn;

    @Column(name = "competence_confirmed_on")
    private LocalDate competenceConfirmedOn;

    @Column(name = "revised_drafts")
    private int revisedDrafts;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_early_resolution")
    private Stage stageBeforeEarlyResolution;

    @Column(name = "complainant_objected_on")
    private LocalDate complainantObjectedOn;

    @Column(name = "closed_by_early_resolution")
    private boolean closedByEarlyResolution;

    @Column(name = "investigation_due_on")
    private LocalDate investigationDueOn;

    /** The months by which the investigation deadline was extended (Art. 12(3) or 12(6)); null when never. */
    @Column(name = "investigation_extended_months")
    private Integer investigationExtendedMonths;

    /** The receipt day of the earliest joined complaint whose day is known; null for an ex officio case. */
    @Column(name = "complaint_lodged_on")
    private LocalDate complaintLodgedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_document", schema = "crossborder", joinColumns = @JoinColumn(name = "case_reference"))
    @OrderColumn(name = "position")
    private List<CaseDocument> documents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "document_transmission",
            schema = "crossborder",
            joinColumns = @JoinColumn(name = "case_reference"))
    @OrderColumn(name = "position")
    private List<Transmission> transmissions = new ArrayList<>();

    @Transient
    private List<ClockRequest> clockRequests = new ArrayList<>();

    @Transient
    private List<ClockEnd> clockEnds = new ArrayList<>();

    @Transient
    private List<ClockExtension> clockExtensions = new ArrayList<>();

    @Transient
    private RecordedEvents<CrossBorderEvent> events = new RecordedEvents<>();

    protected CrossBorderCase() {
        // for JPA
    }

    private CrossBorderCase(
            CrossBorderCaseId id,
            LocalDate openedOn,
            SupervisoryAuthority home,
            SupervisoryAuthority lead,
            String organisationName,
            Long organisationDirectoryId,
            LocalDate complaintLodgedOn) {
        if (id == null) {
            throw CrossBorderException.onField("reference", "crossborder.reference.invalid", "");
        }
        if (openedOn == null) {
            throw CrossBorderException.onField("openedOn", "crossborder.openedOn.required");
        }
        if (home == null || lead == null) {
            throw CrossBorderException.onField("lead", "crossborder.lead.required");
        }
        this.reference = id.value();
        this.openedOn = openedOn;
        this.complaintLodgedOn = complaintLodgedOn;
        this.rules = CrossBorderRules.underArticle36(openedOn, complaintLodgedOn);
        this.home = home;
        this.lead = lead;
        this.lastActOn = openedOn;
        this.organisationName =
                organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
        this.organisationDirectoryId = organisationDirectoryId;
        if (home != lead) {
            concerned.add(home);
        }
        events.record(new CrossBorderEvent(CrossBorderAct.OPEN, openedOn, "stage", null, Stage.OPENED.name()));
    }

    /**
     * Opens a case on {@code openedOn} (for a complaint-based case, the receipt day of its first
     * complaint), followed by {@code home} with {@code lead} as lead authority.
     */
    public static CrossBorderCase open(
            CrossBorderCaseId id, LocalDate openedOn, SupervisoryAuthority home, SupervisoryAuthority lead) {
        return new CrossBorderCase(id, openedOn, home, lead, null, null, null);
    }

    /**
     * Opens a case against an organisation (the controller or processor under investigation): its
     * name, and its id in the platform's directory when known. Transmitted complaints against the
     * same organisation and lead authority join this case.
     */
    public static CrossBorderCase open(
            CrossBorderCaseId id,
            LocalDate openedOn,
            SupervisoryAuthority home,
            SupervisoryAuthority lead,
            String organisationName,
            Long organisationDirectoryId) {
        if (organisationName == null || organisationName.isBlank()) {
            throw CrossBorderException.onField("organisationName", "crossborder.organisation.required");
        }
        return new CrossBorderCase(id, openedOn, home, lead, organisationName, organisationDirectoryId, null);
    }

    /**
     * Opens a case from a complaint lodged on {@code complaintLodgedOn}: that day, not the opening
     * day, decides the rules (Regulation (EU) 2025/2518 Art. 36, {@link CrossBorderRules#underArticle36}).
     */
    public static CrossBorderCase openFromComplaint(
            CrossBorderCaseId id,
            LocalDate openedOn,
            LocalDate complaintLodgedOn,
            SupervisoryAuthority home,
            SupervisoryAuthority lead,
            String organisationName,
            Long organisationDirectoryId) {
        if (organisationName == null || organisationName.isBlank()) {
            throw CrossBorderException.onField("organisationName", "crossborder.organisation.required");
        }
        if (complaintLodgedOn == null) {
            throw CrossBorderException.onField("complaint", "crossborder.complaint.lodgedOnRequired");
        }
        return new CrossBorderCase(
                id, openedOn, home, lead, organisationName, organisationDirectoryId, complaintLodgedOn);
    }

    /**
     * Joins a complaint whose receipt day is not known here (joined by reference); the rules stay
     * those fixed at opening. The scope is fixed once the draft decision is submitted.
     */
    public void joinComplaint(CaseRef complaint) {
        joinComplaint(complaint, null);
    }

    /**
     * Joins a complaint lodged on {@code lodgedOn} (when known). The earliest joined complaint decides
     * the rules (Art. 36): a complaint that would change them (one lodged up to 2 April 2027 on a case
     * under the Regulation, or the reverse on an ex officio case) is refused, as the rules of a running
     * case cannot change; it belongs to a case of its own.
     */
    public void joinComplaint(CaseRef complaint, LocalDate lodgedOn) {
        if (lodgedOn != null && !keepsItsRulesWith(lodgedOn)) {
            throw CrossBorderException.onField("complaint", "crossborder.complaint.otherRules", lodgedOn);
        }
        requireOpen();
        requireScopeOpen();
        if (complaint == null || !"complaints".equals(complaint.module())) {
            throw CrossBorderException.onField(
                    "complaint", "crossborder.complaint.notAComplaint", String.valueOf(complaint));
        }
        if (joinedComplaints.contains(complaint.toString())) {
            throw CrossBorderException.onField(
                    "complaint", "crossborder.complaint.alreadyJoined", complaint.toString());
        }
        joinedComplaints.add(complaint.toString());
        if (lodgedOn != null && (complaintLodgedOn == null || lodgedOn.isBefore(complaintLodgedOn))) {
            complaintLodgedOn = lodgedOn;
        }
        events.record(new CrossBorderEvent(
                CrossBorderAct.JOIN_COMPLAINT, lastActOn, "complaint", null, complaint.toString()));
    }

    /** True when a complaint lodged on {@code lodgedOn} would leave the case under the same rules (Art. 36). */
    public boolean keepsItsRulesWith(LocalDate lodgedOn) {
        LocalDate earliest =
                complaintLodgedOn == null || lodgedOn.isBefore(complaintLodgedOn) ? lodgedOn : complaintLodgedOn;
        return CrossBorderRules.underArticle36(openedOn, earliest) == rules;
    }

    /** Adds an authority concerned (GDPR Art. 4(22)); the scope is fixed once the draft decision is submitted. */
    public void addConcernedAuthority(SupervisoryAuthority authority) {
        requireOpen();
        requireScopeOpen();
        if (authority == null || authority == lead) {
            throw CrossBorderException.onField("authority", "crossborder.authority.isLead", String.valueOf(authority));
        }
        if (!concerned.add(authority)) {
            throw CrossBorderException.onField("authority", "crossborder.authority.alreadyConcerned", authority.name());
        }
        events.record(new CrossBorderEvent(
                CrossBorderAct.ADD_CONCERNED_AUTHORITY, lastActOn, "concerned", null, authority.name()));
    }

    /**
     * The lead authority confirmed its competence on {@code on}: the investigation starts. When the
     * home authority leads a case under Regulation (EU) 2025/2518, its six weeks to announce the
     * simple cooperation procedure start (Art. 6(2)), and so does the investigation deadline
     * (15 months, extendable once by up to 12).
     */
    public void confirmCompetence(LocalDate on) {
        requireCompetenceConfirmable(on);
        moveTo(CrossBorderAct.CONFIRM_COMPETENCE, Stage.INVESTIGATING, on);
        competenceConfirmedOn = on;
        end(Optional.of(CrossBorderRules.COMPETENCE_CONFIRMATION), on, true);
        if (homeLeads()) {
            start(rules.simpleCooperationNoticePolicy(), on);
            start(rules.keyIssuesSummaryPolicy(), on);
            start(rules.investigationDeadlinePolicy(), on);
        }
    }

    /**
     * A complaint lodged with another authority, received on {@code complaintReceivedOn} by that
     * authority, reached the home authority as the presumed lead: its six weeks to confirm its
     * competence, counted from that receipt, start (Regulation (EU) 2025/2518 Art. 4(6), Chapter II).
     * Nothing to count once the competence is confirmed, or when another authority leads.
     */
    public void awaitCompetenceConfirmation(LocalDate complaintReceivedOn) {
        if (homeLeads() && stage == Stage.OPENED && complaintReceivedOn != null) {
            start(chapterIIRules().competenceConfirmationPolicy(), complaintReceivedOn);
        }
    }

    /**
     * The rules of Chapter II (Art. 4-5) for this case: its complaints lodged from 2 April 2027
     * (Art. 37(2)), read on the same day the platform is given ({@link CrossBorderRules#article36Day}).
     */
    private CrossBorderRules chapterIIRules() {
        return CrossBorderRules.forComplaintLodgedOn(CrossBorderRules.article36Day(openedOn, complaintLodgedOn));
    }

    private void requireCompetenceConfirmable(LocalDate on) {
        requireStage("crossborder.competence.alreadyConfirmed", on, Stage.OPENED);
    }

    /**
     * The lead authority applies the simple cooperation procedure (Regulation (EU) 2025/2518
     * Art. 6), announced on {@code on}, before it shares a summary of key issues or issues findings.
     * When the home authority leads, its notice clock is met and the investigation deadline becomes
     * the simple procedure's 12 months, counted from the same confirmation of competence.
     */
    public void applySimpleCooperation(LocalDate on) {
        requireSimpleCooperationApplicable(on);
        procedure = CooperationProcedure.SIMPLE;
        lastActOn = on;
        events.record(new CrossBorderEvent(
                CrossBorderAct.APPLY_SIMPLE_COOPERATION,
                on,
                "procedure",
                CooperationProcedure.STANDARD.name(),
                CooperationProcedure.SIMPLE.name()));
        if (homeLeads()) {
            end(rules.simpleCooperationNoticePolicy(), on, true);
            // Art. 6(1): Art. 10 does not apply under the simple procedure.
            end(rules.keyIssuesSummaryPolicy(), on, false);
            end(rules.investigationDeadlinePolicy(), on, false);
            start(rules.simpleCooperationDeadlinePolicy(), competenceConfirmedOn == null ? on : competenceConfirmedOn);
        }
    }

    private void requireSimpleCooperationApplicable(LocalDate on) {
        if (!rules.underRegulation2025_2518()) {
            throw CrossBorderException.refused("crossborder.simpleCooperation.notUnderGdprOnly", openedOn);
        }
        if (procedure == CooperationProcedure.SIMPLE) {
            throw CrossBorderException.refused("crossborder.simpleCooperation.already");
        }
        requireStage("crossborder.simpleCooperation.tooLate", on, Stage.INVESTIGATING);
    }

    /** The lead authority gave the authorities concerned its summary of key issues. */
    public void shareSummaryOfKeyIssues(LocalDate on) {
        requireKeyIssuesSharable(on);
        moveTo(CrossBorderAct.SHARE_SUMMARY_OF_KEY_ISSUES, Stage.KEY_ISSUES_SHARED, on);
        if (homeLeads()) {
            // The standard procedure goes on: the option of the simple one is no longer used.
            end(rules.simpleCooperationNoticePolicy(), on, false);
            end(rules.keyIssuesSummaryPolicy(), on, true);
        }
    }

    private void requireKeyIssuesSharable(LocalDate on) {
        requireStage("crossborder.keyIssues.notNow", on, Stage.INVESTIGATING);
    }

    /**
     * Preliminary findings issued to the parties under investigation. Under the Regulation's
     * standard procedure the authorities concerned first get the summary of key issues; the simple
     * procedure and the GDPR alone do not require it.
     */
    public void issuePreliminaryFindings(LocalDate on) {
        requireFindingsIssuable(on);
        moveTo(CrossBorderAct.ISSUE_PRELIMINARY_FINDINGS, Stage.PRELIMINARY_FINDINGS_ISSUED, on);
    }

    private void requireFindingsIssuable(LocalDate on) {
        boolean summaryRequired = rules.underRegulation2025_2518() && procedure == CooperationProcedure.STANDARD;
        if (summaryRequired && stage == Stage.INVESTIGATING) {
            throw CrossBorderException.refused("crossborder.findings.keyIssuesFirst");
        }
        requireStage("crossborder.findings.notNow", on, Stage.INVESTIGATING, Stage.KEY_ISSUES_SHARED);
    }

    /** The parties under investigation made their views known, or the time-limit to do so passed. */
    public void recordPartiesHeard(LocalDate on) {
        requirePartiesHeardRecordable(on);
        moveTo(CrossBorderAct.RECORD_PARTIES_HEARD, Stage.PARTIES_HEARD, on);
    }

    private void requirePartiesHeardRecordable(LocalDate on) {
        requireStage("crossborder.hearing.findingsFirst", on, Stage.PRELIMINARY_FINDINGS_ISSUED);
    }

    /**
     * The home authority, as lead, submits its draft decision to the authorities concerned (GDPR
     * Art. 60(3)); their four weeks to object start (Art. 60(4)) and the investigation deadline is
     * met. Under the Regulation the parties must have been heard on preliminary findings first;
     * under the GDPR alone the draft may follow the investigation directly.
     */
    public void submitDraftDecision(LocalDate on) {
        requireDraftSubmittable(on);
        draftDecisionSubmitted(CrossBorderAct.SUBMIT_DRAFT_DECISION, on);
        finalDecisionAfter(rules.draftDecisionObjectionsPolicy(), on);
        end(rules.investigationDeadlinePolicy(), on, true);
        end(rules.simpleCooperationDeadlinePolicy(), on, true);
        end(rules.simpleCooperationNoticePolicy(), on, false);
    }

    private void requireDraftSubmittable(LocalDate on) {
        if (!homeLeads()) {
            throw CrossBorderException.refused("crossborder.draft.leadOnly", lead.officialName());
        }
        requireDraftStage(on);
    }

    /** The lead authority's draft decision reached the home authority, concerned: its four weeks to object start. */
    public void receiveDraftDecision(LocalDate on) {
        requireDraftReceivable(on);
        draftDecisionSubmitted(CrossBorderAct.RECEIVE_DRAFT_DECISION, on);
    }

    private void requireDraftReceivable(LocalDate on) {
        if (homeLeads()) {
            throw CrossBorderException.refused("crossborder.draft.concernedOnly");
        }
        requireDraftStage(on);
    }

    private void requireDraftStage(LocalDate on) {
        if (rules.underRegulation2025_2518()) {
            requireStage("crossborder.draft.hearingFirst", on, Stage.PARTIES_HEARD);
        } else {
            requireStage(
                    "crossborder.draft.notNow",
                    on,
                    Stage.INVESTIGATING,
                    Stage.KEY_ISSUES_SHARED,
                    Stage.PRELIMINARY_FINDINGS_ISSUED,
                    Stage.PARTIES_HEARD);
        }
    }

    private void draftDecisionSubmitted(CrossBorderAct act, LocalDate on) {
        moveTo(act, Stage.DRAFT_DECISION_SUBMITTED, on);
        clockRequests.add(new ClockRequest(rules.draftDecisionObjectionsPolicy(), on));
    }

    /**
     * The home authority, as lead, extends its investigation deadline by {@code months}, on the day
     * it informs the authorities concerned of the duration and the reasons. Regulation (EU) 2025/2518
     * Art. 12(3): once, at most 12 months, for a complex case, at least four weeks before the deadline
     * expires; Art. 12(6), second subparagraph (simple cooperation): once, at most 2 months, where
     * national law requires domestic proceedings, at least two weeks before. The objections of
     * Art. 12(4) are recorded in the history, not as a clock.
     */
    public void extendInvestigationDeadline(Integer months, LocalDate on) {
        requireInvestigationExtendable(on);
        boolean simple = procedure == CooperationProcedure.SIMPLE;
        int max = simple ? 2 : 12;
        if (months == null || months < 1) {
            throw CrossBorderException.onField("months", "crossborder.extension.monthsRequired", max);
        }
        if (months > max) {
            throw CrossBorderException.onField("months", "crossborder.extension.tooLong", months, max);
        }
        LocalDate latest = investigationDueOn.minusWeeks(simple ? 2 : 4);
        if (on.isAfter(latest)) {
            throw CrossBorderException.onField("date", "crossborder.extension.tooLate", on, latest, investigationDueOn);
        }
        investigationExtendedMonths = months;
        lastActOn = on;
        events.record(new CrossBorderEvent(
                CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE,
                on,
                "investigationExtension",
                null,
                String.valueOf(months)));
        String policy =
                (simple ? rules.simpleCooperationDeadlinePolicy() : rules.investigationDeadlinePolicy()).orElseThrow();
        clockExtensions.add(new ClockExtension(policy, months));
    }

    private void requireInvestigationExtendable(LocalDate on) {
        requireOpen();
        if (!rules.underRegulation2025_2518()) {
            throw CrossBorderException.refused("crossborder.extension.notUnderRegulation", openedOn);
        }
        if (!homeLeads()) {
            throw CrossBorderException.refused("crossborder.extension.leadOnly", lead.officialName());
        }
        if (investigationExtendedMonths != null) {
            throw CrossBorderException.refused("crossborder.extension.already", investigationExtendedMonths);
        }
        requireStage(
                "crossborder.extension.notNow",
                on,
                Stage.INVESTIGATING,
                Stage.KEY_ISSUES_SHARED,
                Stage.PRELIMINARY_FINDINGS_ISSUED,
                Stage.PARTIES_HEARD);
        if (investigationDueOn == null) {
            throw CrossBorderException.refused("crossborder.extension.noDeadline");
        }
    }

    /** The months by which the investigation deadline was extended, if it was. */
    public Optional<Integer> investigationExtendedMonths() {
        return Optional.ofNullable(investigationExtendedMonths);
    }

    /** An authority concerned expressed a relevant and reasoned objection to the current draft (GDPR Art. 60(4)). */
    public void recordObjection(SupervisoryAuthority from, LocalDate on) {
        requireDraftBeforeTheAuthorities(on);
        if (from == null || !concerned.contains(from)) {
            throw CrossBorderException.onField("authority", "crossborder.objection.notConcerned", String.valueOf(from));
        }
        requireAct(on);
        objectionsToCurrentDraft.add(from);
        lastActOn = on;
        // Art. 21(1) counts only from a period that ended without objection.
        end(rules.finalDecisionPolicy(), on, false);
        events.record(new CrossBorderEvent(CrossBorderAct.RECORD_OBJECTION, on, "objection", null, from.name()));
    }

    private void requireDraftBeforeTheAuthorities(LocalDate on) {
        requireStage(
                "crossborder.objection.noDraft", on, Stage.DRAFT_DECISION_SUBMITTED, Stage.REVISED_DRAFT_SUBMITTED);
    }

    /**
     * The lead authority follows the objections: a revised draft, open to objections for two weeks
     * (Art. 60(5)); the period on the previous draft is over.
     */
    public void submitRevisedDraft(LocalDate on) {
        requireRevisable(on);
        objectionsToCurrentDraft.clear();
        revisedDrafts++;
        endObjectionPeriods(on);
        moveTo(CrossBorderAct.SUBMIT_REVISED_DRAFT, Stage.REVISED_DRAFT_SUBMITTED, on);
        clockRequests.add(new ClockRequest(rules.revisedDraftObjectionsPolicy(), on));
        finalDecisionAfter(rules.revisedDraftObjectionsPolicy(), on);
    }

    private void requireRevisable(LocalDate on) {
        requireDraftBeforeTheAuthorities(on);
        if (objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.revised.noObjection");
        }
    }

    /** An objection the lead authority does not follow goes to the Board for dispute resolution (GDPR Art. 65(1)(a)). */
    public void referToBoard(LocalDate on) {
        requireReferable(on);
        endObjectionPeriods(on);
        moveTo(CrossBorderAct.REFER_TO_BOARD, Stage.REFERRED_TO_BOARD, on);
    }

    private void requireReferable(LocalDate on) {
        requireDraftBeforeTheAuthorities(on);
        if (objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.board.noObjection");
        }
    }

    /**
     * The final decision is adopted: after the Board's binding decision, or on a draft no authority
     * objected to within its period (deemed agreement, GDPR Art. 60(6)).
     */
    public void adoptFinalDecision(LocalDate on) {
        requireFinalDecisionAdoptable(on);
        end(rules.finalDecisionPolicy(), on, true);
        endObjectionPeriods(on);
        moveTo(CrossBorderAct.ADOPT_FINAL_DECISION, Stage.FINAL_DECISION_ADOPTED, on);
    }

    private void requireFinalDecisionAdoptable(LocalDate on) {
        requireStage(
                "crossborder.final.notNow",
                on,
                Stage.DRAFT_DECISION_SUBMITTED,
                Stage.REVISED_DRAFT_SUBMITTED,
                Stage.REFERRED_TO_BOARD);
        if (stage != Stage.REFERRED_TO_BOARD && !objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.final.objectionsPending", objectionsToCurrentDraft.size());
        }
    }

    /** Closes the case once its final decision is adopted. */
    public void close(LocalDate on) {
        requireClosable(on);
        moveTo(CrossBorderAct.CLOSE, Stage.CLOSED, on);
        endEveryPeriod(on);
    }

    private void requireClosable(LocalDate on) {
        requireStage("crossborder.close.noFinalDecision", on, Stage.FINAL_DECISION_ADOPTED);
    }

    /**
     * Early resolution: the infringement complained of has ceased (the organisation answered the
     * request, stopped the processing), so the case can be closed unless the complainant objects.
     * Possible before the draft decision, on a case with at least one complaint.
     */
    public void proposeEarlyResolution(LocalDate on) {
        requireEarlyResolutionProposable(on);
        stageBeforeEarlyResolution = stage;
        moveTo(CrossBorderAct.PROPOSE_EARLY_RESOLUTION, Stage.EARLY_RESOLUTION_PROPOSED, on);
        // The complainant is informed on the day of the proposal: four weeks to object (Art. 5(2)(c)).
        start(chapterIIRules().earlyResolutionObjectionPolicy(), on);
    }

    private void requireEarlyResolutionProposable(LocalDate on) {
        requireStage(
                "crossborder.earlyResolution.notNow",
                on,
                Stage.OPENED,
                Stage.INVESTIGATING,
                Stage.KEY_ISSUES_SHARED,
                Stage.PRELIMINARY_FINDINGS_ISSUED,
                Stage.PARTIES_HEARD);
        if (joinedComplaints.isEmpty()) {
            throw CrossBorderException.refused("crossborder.earlyResolution.noComplaint");
        }
    }

    /** The complainant objected to the early resolution: the case goes on where it was. */
    public void recordComplainantObjection(LocalDate on) {
        requireStage("crossborder.earlyResolution.notProposed", on, Stage.EARLY_RESOLUTION_PROPOSED);
        complainantObjectedOn = on;
        end(Optional.of(CrossBorderRules.EARLY_RESOLUTION_OBJECTION), on, true);
        Stage back = stageBeforeEarlyResolution;
        stageBeforeEarlyResolution = null;
        moveTo(CrossBorderAct.RECORD_COMPLAINANT_OBJECTION, back, on);
    }

    /** No objection from the complainant: the case is closed by early resolution. */
    public void closeByEarlyResolution(LocalDate on) {
        requireStage("crossborder.earlyResolution.notProposed", on, Stage.EARLY_RESOLUTION_PROPOSED);
        closedByEarlyResolution = true;
        stageBeforeEarlyResolution = null;
        moveTo(CrossBorderAct.CLOSE_BY_EARLY_RESOLUTION, Stage.CLOSED, on);
        endEveryPeriod(on);
    }

    /**
     * Files a document in one of its versions. A non-confidential version names the confidential
     * document it redacts ({@code versionOf}), or none when the document holds nothing confidential.
     *
     * @return the document's number in the file
     */
    public int fileDocument(
            String title,
            CaseDocument.Confidentiality confidentiality,
            Integer versionOf,
            CaseDocument.StoredFile file,
            LocalDate on) {
        requireOpen();
        if (title == null || title.isBlank()) {
            throw CrossBorderException.onField("title", "crossborder.document.titleRequired");
        }
        if (confidentiality == null) {
            throw CrossBorderException.onField("confidentiality", "crossborder.document.confidentialityRequired");
        }
        if (on == null) {
            throw CrossBorderException.onField("date", "crossborder.act.dateRequired");
        }
        if (versionOf != null) {
            CaseDocument original = document(versionOf, "versionOf");
            if (!original.confidential() || confidentiality != CaseDocument.Confidentiality.NON_CONFIDENTIAL) {
                throw CrossBorderException.onField(
                        "versionOf", "crossborder.document.versionOfConfidentialOnly", versionOf);
            }
        }
        int number = documents.size() + 1;
        documents.add(new CaseDocument(number, title.strip(), confidentiality, versionOf, file, on));
        events.record(new CrossBorderEvent(
                CrossBorderAct.FILE_DOCUMENT,
                on,
                "document",
                null,
                number + " " + confidentiality + " " + file.filename()));
        return number;
    }

    /**
     * Records that document {@code number} was sent on {@code on} to a recipient. The parties under
     * investigation and the complainant receive only non-confidential versions; an authority must be
     * the lead or one concerned by the case.
     */
    public void recordDocumentSent(
            int number, Transmission.Recipient recipient, SupervisoryAuthority authority, LocalDate on) {
        requireOpen();
        CaseDocument document = document(number, "document");
        if (recipient == null) {
            throw CrossBorderException.onField("recipient", "crossborder.document.recipientRequired");
        }
        if (on == null) {
            throw CrossBorderException.onField("date", "crossborder.act.dateRequired");
        }
        if (on.isBefore(document.filedOn())) {
            throw CrossBorderException.onField("date", "crossborder.document.sentBeforeFiled", on, document.filedOn());
        }
        if (recipient == Transmission.Recipient.CONCERNED_AUTHORITY) {
            if (authority == null || authority == home || !(concerned.contains(authority) || authority == lead)) {
                throw CrossBorderException.onField(
                        "authority", "crossborder.document.notAnAuthorityOfTheCase", String.valueOf(authority));
            }
        } else if (document.confidential()) {
            throw CrossBorderException.onField(
                    "document", "crossborder.document.confidentialToParty", document.title(), recipient);
        }
        SupervisoryAuthority to = recipient == Transmission.Recipient.CONCERNED_AUTHORITY ? authority : null;
        transmissions.add(new Transmission(number, recipient, to, on));
        events.record(new CrossBorderEvent(
                CrossBorderAct.RECORD_DOCUMENT_SENT,
                on,
                "sent",
                null,
                number + " " + document.confidentiality() + " → " + recipient + (to == null ? "" : " " + to)));
    }

    private CaseDocument document(int number, String field) {
        if (number < 1 || number > documents.size()) {
            throw CrossBorderException.onField(field, "crossborder.document.unknown", number);
        }
        return documents.get(number - 1);
    }

    public List<CaseDocument> documents() {
        return List.copyOf(documents);
    }

    public List<Transmission> transmissions() {
        return List.copyOf(transmissions);
    }

    /**
     * The acts possible now, asked of the same guards the acts use (a refusal excluded an act), so
     * that a page or the API never offers an act the case would refuse. Dated the day of the last
     * act, the earliest any act may be dated.
     */
    public List<CrossBorderAct> availableActs() {
        List<CrossBorderAct> acts = new ArrayList<>();
        if (stage == Stage.CLOSED) {
            return acts;
        }
        LocalDate on = lastActOn;
        if (stage.compareTo(Stage.DRAFT_DECISION_SUBMITTED) < 0) {
            acts.add(CrossBorderAct.JOIN_COMPLAINT);
            acts.add(CrossBorderAct.ADD_CONCERNED_AUTHORITY);
        }
        offer(acts, CrossBorderAct.CONFIRM_COMPETENCE, this::requireCompetenceConfirmable, on);
        offer(acts, CrossBorderAct.APPLY_SIMPLE_COOPERATION, this::requireSimpleCooperationApplicable, on);
        offer(acts, CrossBorderAct.SHARE_SUMMARY_OF_KEY_ISSUES, this::requireKeyIssuesSharable, on);
        offer(acts, CrossBorderAct.ISSUE_PRELIMINARY_FINDINGS, this::requireFindingsIssuable, on);
        offer(acts, CrossBorderAct.RECORD_PARTIES_HEARD, this::requirePartiesHeardRecordable, on);
        offer(acts, CrossBorderAct.SUBMIT_DRAFT_DECISION, this::requireDraftSubmittable, on);
        offer(acts, CrossBorderAct.RECEIVE_DRAFT_DECISION, this::requireDraftReceivable, on);
        if (!objectionsAvailableFrom().isEmpty()) {
            offer(acts, CrossBorderAct.RECORD_OBJECTION, this::requireDraftBeforeTheAuthorities, on);
        }
        offer(acts, CrossBorderAct.SUBMIT_REVISED_DRAFT, this::requireRevisable, on);
        offer(acts, CrossBorderAct.REFER_TO_BOARD, this::requireReferable, on);
        offer(acts, CrossBorderAct.ADOPT_FINAL_DECISION, this::requireFinalDecisionAdoptable, on);
        offer(acts, CrossBorderAct.CLOSE, this::requireClosable, on);
        offer(acts, CrossBorderAct.PROPOSE_EARLY_RESOLUTION, this::requireEarlyResolutionProposable, on);
        offer(acts, CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE, this::requireInvestigationExtendable, on);
        if (stage == Stage.EARLY_RESOLUTION_PROPOSED) {
            acts.add(CrossBorderAct.RECORD_COMPLAINANT_OBJECTION);
            acts.add(CrossBorderAct.CLOSE_BY_EARLY_RESOLUTION);
        }
        return acts;
    }

    /** The authorities concerned that have not objected to the current draft, in country order. */
    public List<SupervisoryAuthority> objectionsAvailableFrom() {
        // When the home authority is concerned it records its own objection and those it is told of.
        TreeSet<SupervisoryAuthority> from = new TreeSet<>(concerned);
        from.removeAll(objectionsToCurrentDraft);
        return List.copyOf(from);
    }

    private static void offer(List<CrossBorderAct> acts, CrossBorderAct act, Consumer<LocalDate> guard, LocalDate on) {
        try {
            guard.accept(on);
            acts.add(act);
        } catch (CrossBorderException refused) {
            // Not possible now: the refusal is the answer, nothing to report.
        }
    }

    /**
     * The due date of the investigation deadline now running, as the platform's clock computed it
     * (kept on the case for the reporting view, ADR 4; the clocks stay the reference).
     */
    public void investigationDueOn(LocalDate dueOn) {
        this.investigationDueOn = dueOn;
    }

    /** The clocks the acts since the last call asked for, in the order of the acts; the list is then empty. */
    public List<ClockRequest> takeClockRequests() {
        List<ClockRequest> taken = List.copyOf(clockRequests);
        clockRequests.clear();
        return taken;
    }

    /** The clocks the acts since the last call ended, in the order of the acts; the list is then empty. */
    public List<ClockEnd> takeClockEnds() {
        List<ClockEnd> taken = List.copyOf(clockEnds);
        clockEnds.clear();
        return taken;
    }

    /** The clock extensions the acts since the last call asked for; the list is then empty. */
    public List<ClockExtension> takeClockExtensions() {
        List<ClockExtension> taken = List.copyOf(clockExtensions);
        clockExtensions.clear();
        return taken;
    }

    /** The facts the acts since the last call recorded (for the event log); forgets them. */
    public List<CrossBorderEvent> drainEvents() {
        return events.drain();
    }

    private void start(Optional<String> policy, LocalDate on) {
        policy.ifPresent(code -> clockRequests.add(new ClockRequest(code, on)));
    }

    private void end(Optional<String> policy, LocalDate on, boolean met) {
        policy.ifPresent(code -> clockEnds.add(new ClockEnd(code, on, met)));
    }

    private void endObjectionPeriods(LocalDate on) {
        clockEnds.add(new ClockEnd(rules.draftDecisionObjectionsPolicy(), on, false));
        clockEnds.add(new ClockEnd(rules.revisedDraftObjectionsPolicy(), on, false));
        end(rules.finalDecisionPolicy(), on, false);
    }

    /**
     * Art. 21(1): when the home authority leads, one month to adopt the final decision from the end
     * of the objection period the same act starts (no objection stops it first).
     */
    private void finalDecisionAfter(String objectionPolicy, LocalDate on) {
        if (homeLeads()) {
            rules.finalDecisionPolicy()
                    .ifPresent(code -> clockRequests.add(new ClockRequest(code, on, objectionPolicy)));
        }
    }

    private void endEveryPeriod(LocalDate on) {
        end(Optional.of(CrossBorderRules.COMPETENCE_CONFIRMATION), on, false);
        end(Optional.of(CrossBorderRules.EARLY_RESOLUTION_OBJECTION), on, false);
        end(rules.keyIssuesSummaryPolicy(), on, false);
        end(rules.simpleCooperationNoticePolicy(), on, false);
        end(rules.investigationDeadlinePolicy(), on, false);
        end(rules.simpleCooperationDeadlinePolicy(), on, false);
        endObjectionPeriods(on);
    }

    private boolean homeLeads() {
        return home == lead;
    }

    private void requireOpen() {
        if (stage == Stage.CLOSED) {
            throw CrossBorderException.refused("crossborder.closed");
        }
    }

    private void requireScopeOpen() {
        if (stage.compareTo(Stage.DRAFT_DECISION_SUBMITTED) >= 0) {
            throw CrossBorderException.refused("crossborder.scope.fixed", stage);
        }
    }

    /** Refuses the act with {@code key} (the stage as argument) unless the case is at one of {@code allowed}. */
    private void requireStage(String key, LocalDate on, Stage... allowed) {
        requireOpen();
        for (Stage candidate : allowed) {
            if (stage == candidate) {
                requireAct(on);
                return;
            }
        }
        throw CrossBorderException.refused(key, stage);
    }

    private void requireAct(LocalDate on) {
        if (on == null) {
            throw CrossBorderException.onField("date", "crossborder.act.dateRequired");
        }
        if (on.isBefore(lastActOn)) {
            throw CrossBorderException.onField("date", "crossborder.act.beforeLastAct", on, lastActOn);
        }
    }

    private void moveTo(CrossBorderAct act, Stage next, LocalDate on) {
        events.record(new CrossBorderEvent(act, on, "stage", stage.name(), next.name()));
        stage = next;
        lastActOn = on;
    }

    public CrossBorderCaseId id() {
        return new CrossBorderCaseId(reference);
    }

    public long version() {
        return version;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The rules the case is under, fixed by its opening date. */
    /** The receipt day of the earliest joined complaint, when known; empty for an ex officio case. */
    public Optional<LocalDate> complaintLodgedOn() {
        return Optional.ofNullable(complaintLodgedOn);
    }

    public CrossBorderRules rules() {
        return rules;
    }

    public SupervisoryAuthority home() {
        return home;
    }

    public SupervisoryAuthority lead() {
        return lead;
    }

    /** True if the authority Vigie serves leads the case. */
    public boolean ledByHome() {
        return homeLeads();
    }

    public String organisationName() {
        return organisationName;
    }

    public Long organisationDirectoryId() {
        return organisationDirectoryId;
    }

    /** The authorities concerned, the home authority among them when it does not lead. */
    public Set<SupervisoryAuthority> concerned() {
        return concerned.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(concerned));
    }

    public List<CaseRef> joinedComplaints() {
        return joinedComplaints.stream().map(CaseRef::parse).toList();
    }

    public CooperationProcedure procedure() {
        return procedure;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate lastActOn() {
        return lastActOn;
    }

    public LocalDate competenceConfirmedOn() {
        return competenceConfirmedOn;
    }

    public int revisedDrafts() {
        return revisedDrafts;
    }

    /** The day the complainant objected to an early resolution, or null. */
    public LocalDate complainantObjectedOn() {
        return complainantObjectedOn;
    }

    public boolean closedByEarlyResolution() {
        return closedByEarlyResolution;
    }

    public LocalDate investigationDueOn() {
        return investigationDueOn;
    }

    /** The authorities that objected to the draft now under consultation. */
    public Set<SupervisoryAuthority> objectionsToCurrentDraft() {
        return objectionsToCurrentDraft.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(objectionsToCurrentDraft));
    }

    /** Cases are equal when their references are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CrossBorderCase that && reference.equals(that.reference);
    }

    @Override
    public int hashCode() {
        return reference.hashCode();
    }

    @Override
    public String toString() {
        return reference + " (" + stage + ", lead " + lead + ", " + rules + ")";
    }
}
