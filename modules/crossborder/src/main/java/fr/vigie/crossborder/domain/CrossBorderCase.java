package fr.vigie.crossborder.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case of cross-border processing as the authority Vigie serves ("home") follows it, whether it
 * leads the case or is one of the authorities concerned: the cooperation procedure of GDPR Art. 60,
 * the dispute resolution of Art. 65 and, for the cases opened from 2 April 2027, Regulation (EU)
 * 2025/2518.
 *
 * <p>The rules are fixed when the case is opened ({@link CrossBorderRules#forCaseOpenedOn}) and
 * never change: a case opened on 1 April 2027 ends under the GDPR alone. Each act that starts a
 * legal period records a {@link ClockRequest}; the application layer starts those clocks and
 * {@link #takeClockRequests() takes} them. Acts are dated and never precede the last act.
 */
public final class CrossBorderCase {

    private final CrossBorderCaseId id;
    private final LocalDate openedOn;
    private final CrossBorderRules rules;
    private final SupervisoryAuthority home;
    private final SupervisoryAuthority lead;
    private final EnumSet<SupervisoryAuthority> concerned = EnumSet.noneOf(SupervisoryAuthority.class);
    private final List<CaseRef> joinedComplaints = new ArrayList<>();
    private final EnumSet<SupervisoryAuthority> objectionsToCurrentDraft = EnumSet.noneOf(SupervisoryAuthority.class);
    private final List<ClockRequest> clockRequests = new ArrayList<>();
    private CooperationProcedure procedure = CooperationProcedure.STANDARD;
    private Stage stage = Stage.OPENED;
    private LocalDate lastActOn;
    private int revisedDrafts;

    private CrossBorderCase(
            CrossBorderCaseId id, LocalDate openedOn, SupervisoryAuthority home, SupervisoryAuthority lead) {
        if (id == null) {
            throw CrossBorderException.onField("reference", "crossborder.reference.invalid", "");
        }
        if (openedOn == null) {
            throw CrossBorderException.onField("openedOn", "crossborder.openedOn.required");
        }
        if (home == null || lead == null) {
            throw CrossBorderException.onField("lead", "crossborder.lead.required");
        }
        this.id = id;
        this.openedOn = openedOn;
        this.rules = CrossBorderRules.forCaseOpenedOn(openedOn);
        this.home = home;
        this.lead = lead;
        this.lastActOn = openedOn;
        if (home != lead) {
            concerned.add(home);
        }
    }

    /**
     * Opens a case on {@code openedOn} (for a complaint-based case, the receipt day of its first
     * complaint), followed by {@code home} with {@code lead} as lead authority.
     */
    public static CrossBorderCase open(
            CrossBorderCaseId id, LocalDate openedOn, SupervisoryAuthority home, SupervisoryAuthority lead) {
        return new CrossBorderCase(id, openedOn, home, lead);
    }

    /** Joins a complaint to the case; the scope is fixed once the draft decision is submitted. */
    public void joinComplaint(CaseRef complaint) {
        requireOpen();
        requireScopeOpen();
        if (complaint == null || !"complaints".equals(complaint.module())) {
            throw CrossBorderException.onField(
                    "complaint", "crossborder.complaint.notAComplaint", String.valueOf(complaint));
        }
        if (joinedComplaints.contains(complaint)) {
            throw CrossBorderException.onField(
                    "complaint", "crossborder.complaint.alreadyJoined", complaint.toString());
        }
        joinedComplaints.add(complaint);
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
    }

    /**
     * The lead authority confirmed its competence on {@code on}: the investigation starts. When the
     * home authority leads a case under Regulation (EU) 2025/2518, its six weeks to announce the
     * simple cooperation procedure start (Art. 6(2)).
     */
    public void confirmCompetence(LocalDate on) {
        requireStage("crossborder.competence.alreadyConfirmed", on, Stage.OPENED);
        moveTo(Stage.INVESTIGATING, on);
        if (homeLeads()) {
            rules.simpleCooperationNoticePolicy().ifPresent(policy -> clockRequests.add(new ClockRequest(policy, on)));
        }
    }

    /**
     * The lead authority applies the simple cooperation procedure (Regulation (EU) 2025/2518
     * Art. 6), announced on {@code on}, before it shares a summary of key issues or issues findings.
     */
    public void applySimpleCooperation(LocalDate on) {
        if (!rules.underRegulation2025_2518()) {
            throw CrossBorderException.refused("crossborder.simpleCooperation.notUnderGdprOnly", openedOn);
        }
        if (procedure == CooperationProcedure.SIMPLE) {
            throw CrossBorderException.refused("crossborder.simpleCooperation.already");
        }
        requireStage("crossborder.simpleCooperation.tooLate", on, Stage.INVESTIGATING);
        procedure = CooperationProcedure.SIMPLE;
        lastActOn = on;
    }

    /** The lead authority gave the authorities concerned its summary of key issues. */
    public void shareSummaryOfKeyIssues(LocalDate on) {
        requireStage("crossborder.keyIssues.notNow", on, Stage.INVESTIGATING);
        moveTo(Stage.KEY_ISSUES_SHARED, on);
    }

    /**
     * Preliminary findings issued to the parties under investigation. Under the Regulation's
     * standard procedure the authorities concerned first get the summary of key issues; the simple
     * procedure and the GDPR alone do not require it.
     */
    public void issuePreliminaryFindings(LocalDate on) {
        boolean summaryRequired = rules.underRegulation2025_2518() && procedure == CooperationProcedure.STANDARD;
        if (summaryRequired && stage == Stage.INVESTIGATING) {
            throw CrossBorderException.refused("crossborder.findings.keyIssuesFirst");
        }
        requireStage("crossborder.findings.notNow", on, Stage.INVESTIGATING, Stage.KEY_ISSUES_SHARED);
        moveTo(Stage.PRELIMINARY_FINDINGS_ISSUED, on);
    }

    /** The parties under investigation made their views known, or the time-limit to do so passed. */
    public void recordPartiesHeard(LocalDate on) {
        requireStage("crossborder.hearing.findingsFirst", on, Stage.PRELIMINARY_FINDINGS_ISSUED);
        moveTo(Stage.PARTIES_HEARD, on);
    }

    /**
     * The home authority, as lead, submits its draft decision to the authorities concerned (GDPR
     * Art. 60(3)); their four weeks to object start (Art. 60(4)). Under the Regulation the parties
     * must have been heard on preliminary findings first; under the GDPR alone the draft may follow
     * the investigation directly.
     */
    public void submitDraftDecision(LocalDate on) {
        if (!homeLeads()) {
            throw CrossBorderException.refused("crossborder.draft.leadOnly", lead.officialName());
        }
        draftDecisionSubmitted(on);
    }

    /** The lead authority's draft decision reached the home authority, concerned: its four weeks to object start. */
    public void receiveDraftDecision(LocalDate on) {
        if (homeLeads()) {
            throw CrossBorderException.refused("crossborder.draft.concernedOnly");
        }
        draftDecisionSubmitted(on);
    }

    private void draftDecisionSubmitted(LocalDate on) {
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
        moveTo(Stage.DRAFT_DECISION_SUBMITTED, on);
        clockRequests.add(new ClockRequest(rules.draftDecisionObjectionsPolicy(), on));
    }

    /** An authority concerned expressed a relevant and reasoned objection to the current draft (GDPR Art. 60(4)). */
    public void recordObjection(SupervisoryAuthority from, LocalDate on) {
        requireStage(
                "crossborder.objection.noDraft", on, Stage.DRAFT_DECISION_SUBMITTED, Stage.REVISED_DRAFT_SUBMITTED);
        if (from == null || !concerned.contains(from)) {
            throw CrossBorderException.onField("authority", "crossborder.objection.notConcerned", String.valueOf(from));
        }
        requireAct(on);
        objectionsToCurrentDraft.add(from);
        lastActOn = on;
    }

    /** The lead authority follows the objections: a revised draft, open to objections for two weeks (Art. 60(5)). */
    public void submitRevisedDraft(LocalDate on) {
        requireStage(
                "crossborder.objection.noDraft", on, Stage.DRAFT_DECISION_SUBMITTED, Stage.REVISED_DRAFT_SUBMITTED);
        if (objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.revised.noObjection");
        }
        objectionsToCurrentDraft.clear();
        revisedDrafts++;
        moveTo(Stage.REVISED_DRAFT_SUBMITTED, on);
        clockRequests.add(new ClockRequest(rules.revisedDraftObjectionsPolicy(), on));
    }

    /** An objection the lead authority does not follow goes to the Board for dispute resolution (GDPR Art. 65(1)(a)). */
    public void referToBoard(LocalDate on) {
        requireStage(
                "crossborder.objection.noDraft", on, Stage.DRAFT_DECISION_SUBMITTED, Stage.REVISED_DRAFT_SUBMITTED);
        if (objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.board.noObjection");
        }
        moveTo(Stage.REFERRED_TO_BOARD, on);
    }

    /**
     * The final decision is adopted: after the Board's binding decision, or on a draft no authority
     * objected to within its period (deemed agreement, GDPR Art. 60(6)).
     */
    public void adoptFinalDecision(LocalDate on) {
        requireStage(
                "crossborder.final.notNow",
                on,
                Stage.DRAFT_DECISION_SUBMITTED,
                Stage.REVISED_DRAFT_SUBMITTED,
                Stage.REFERRED_TO_BOARD);
        if (stage != Stage.REFERRED_TO_BOARD && !objectionsToCurrentDraft.isEmpty()) {
            throw CrossBorderException.refused("crossborder.final.objectionsPending", objectionsToCurrentDraft.size());
        }
        moveTo(Stage.FINAL_DECISION_ADOPTED, on);
    }

    /** Closes the case once its final decision is adopted. */
    public void close(LocalDate on) {
        requireStage("crossborder.close.noFinalDecision", on, Stage.FINAL_DECISION_ADOPTED);
        moveTo(Stage.CLOSED, on);
    }

    /** The clocks the acts since the last call asked for, in the order of the acts; the list is then empty. */
    public List<ClockRequest> takeClockRequests() {
        List<ClockRequest> taken = List.copyOf(clockRequests);
        clockRequests.clear();
        return taken;
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

    private void moveTo(Stage next, LocalDate on) {
        stage = next;
        lastActOn = on;
    }

    public CrossBorderCaseId id() {
        return id;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The rules the case is under, fixed by its opening date. */
    public CrossBorderRules rules() {
        return rules;
    }

    public SupervisoryAuthority lead() {
        return lead;
    }

    /** True if the authority Vigie serves leads the case. */
    public boolean ledByHome() {
        return homeLeads();
    }

    /** The authorities concerned, the home authority among them when it does not lead. */
    public Set<SupervisoryAuthority> concerned() {
        return Collections.unmodifiableSet(EnumSet.copyOf(concerned));
    }

    public List<CaseRef> joinedComplaints() {
        return List.copyOf(joinedComplaints);
    }

    public CooperationProcedure procedure() {
        return procedure;
    }

    public Stage stage() {
        return stage;
    }

    public int revisedDrafts() {
        return revisedDrafts;
    }

    /** The authorities that objected to the draft now under consultation. */
    public Set<SupervisoryAuthority> objectionsToCurrentDraft() {
        return Collections.unmodifiableSet(EnumSet.copyOf(objectionsToCurrentDraft));
    }

    /** Cases are equal when their references are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CrossBorderCase that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " (" + stage + ", lead " + lead + ", " + rules + ")";
    }
}
