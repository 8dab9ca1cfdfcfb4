package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.RecordedEvents;
import fr.vigie.platform.api.Stamp;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A research-authorisation dossier, from draft to the deletion of the data. Its lifecycle is the
 * state machine of {@link DossierStatus}; each verb checks the move, changes the state, opens or
 * closes the {@link Stage} where time is spent, and writes the history. Legal clocks are kept by
 * the platform: the aggregate only remembers their ids, set by the application service.
 */
@Entity
@Table(schema = "dossiers", name = "dossier")
@NamedQuery(name = "Dossier.byReference", query = "SELECT d FROM Dossier d WHERE d.reference = :reference")
public class Dossier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierStatus status;

    @Column(nullable = false)
    private String instructor;

    /** The applicant's answers (the dossier's own columns, its named persons and declarations). */
    @Embedded
    private ApplicationForm application;

    @Embedded
    private Fee fee = Fee.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "dossiers", name = "attachment", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "document_id")
    @jakarta.persistence.Convert(converter = UuidText.class)
    private List<UUID> attachments = new ArrayList<>();

    @Embedded
    private Milestones milestones;

    @Column(name = "accelerated", nullable = false)
    private boolean accelerated;

    @Embedded
    private CommitteeOpinion opinion = CommitteeOpinion.none();

    @Embedded
    private DecisionRecord decision = DecisionRecord.pending();

    @Embedded
    private Permit permit = Permit.none();

    /** The due date of the clock of the current stage, copied for the work list (no query crosses schemas). */
    @Column(name = "stage_due_on")
    private LocalDate stageDueOn;

    @Embedded
    private ClockIds clocks = ClockIds.none();

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<DossierHistoryEntry> history = new ArrayList<>();

    /** What the verbs did since the application last drained them (never stored). */
    @Transient
    private final transient RecordedEvents<DossierEvent> events = new RecordedEvents<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedOn ASC, id ASC")
    private List<DossierStage> stages = new ArrayList<>();

    protected Dossier() {
        // for JPA
    }

    /** Starts a draft. Only what was typed is checked; the rest may come later. */
    public Dossier(DossierReference reference, ApplicationForm form, Stamp stamp) {
        Objects.requireNonNull(reference, "reference");
        this.reference = reference.value();
        this.status = DossierStatus.DRAFT;
        this.instructor = stamp.actor();
        this.milestones = Milestones.createdOn(stamp.today());
        this.application = form.checkedForDraft();
        record(new DossierEvent.Created(stamp, procedure()));
    }

    // ------------------------------------------------------------------ what may be done now

    /**
     * The acts the dossier allows in its current state, whoever asks: those its verbs would not
     * refuse before reading their inputs (the same rules, {@link DossierActRules}). Who may do them
     * is the application's business.
     */
    public Set<DossierAct> availableActs() {
        Set<DossierAct> acts = EnumSet.noneOf(DossierAct.class);
        for (DossierAct act : DossierAct.values()) {
            if (DossierActRules.refusal(this, act).isEmpty()) {
                acts.add(act);
            }
        }
        return acts;
    }

    private void require(DossierAct act) {
        Optional<DossierException> refused = DossierActRules.refusal(this, act);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    // ------------------------------------------------------------------ the application

    /** Saves the applicant's answers: allowed on a draft and while the dossier is declared incomplete. */
    public void saveDraft(ApplicationForm form, Stamp stamp) {
        require(DossierAct.SAVE_DRAFT);
        if (status == DossierStatus.INCOMPLETE && form.procedure() != procedure()) {
            throw DossierException.onField("procedure", "dossier.procedure.fixed");
        }
        this.application = form.checkedForDraft();
        record(new DossierEvent.DraftSaved(stamp));
    }

    /**
     * Submits the application (first time) or the completed application (after an incomplete
     * round). Everything must be answered: every missing or wrong field is reported at once.
     */
    public void submit(Stamp stamp) {
        List<DomainException> problems = application.submissionProblems();
        if (!problems.isEmpty()) {
            throw DossierException.onFields(problems);
        }
        require(DossierAct.SUBMIT);
        DossierStatus before = status;
        boolean again = status == DossierStatus.INCOMPLETE;
        moveTo(DossierStatus.SUBMITTED, stamp.today());
        this.milestones = milestones.received(stamp.today(), again);
        record(new DossierEvent.Submitted(stamp, before, again));
    }

    /** Attaches a platform document (protocol, ethics opinion, ...). */
    public void attach(UUID document, String filename, Stamp stamp) {
        Objects.requireNonNull(document, "document");
        require(DossierAct.ATTACH);
        attachments.add(document);
        record(new DossierEvent.Attached(stamp, document, filename));
    }

    // ------------------------------------------------------------------ completeness

    /** The instructor found the application incomplete: the applicant is told what is missing. */
    public void declareIncomplete(String missing, Stamp stamp) {
        if (missing == null || missing.isBlank()) {
            throw DossierException.onField("missing", "dossier.missing.required");
        }
        require(DossierAct.DECLARE_INCOMPLETE);
        moveTo(DossierStatus.INCOMPLETE, stamp.today());
        record(new DossierEvent.DeclaredIncomplete(stamp, missing));
    }

    /**
     * The instructor found the application complete: from today the decision clock runs (EHDS
     * Art. 67/68(4)) or the dossier goes to the committee (national procedure).
     */
    public void declareComplete(Stamp stamp) {
        require(DossierAct.DECLARE_COMPLETE);
        this.milestones = milestones.complete(stamp.today());
        this.accelerated = application.qualifiesForAcceleration();
        moveTo(procedure().isEhds() ? DossierStatus.DECISION_PENDING : DossierStatus.COMMITTEE_REVIEW, stamp.today());
        record(new DossierEvent.DeclaredComplete(stamp, status, accelerated));
    }

    // ------------------------------------------------------------------ committee

    /**
     * Records the committee's reasoned opinion. In the national procedure it ends the committee
     * stage and the authority's decision period starts; for an EHDS dossier the opinion informs
     * the decision and the stage does not change.
     */
    public void recordOpinion(Opinion given, String text, LocalDate on, Stamp stamp) {
        Objects.requireNonNull(given, "opinion");
        CommitteeOpinion recorded = committeeOpinion().given(given, on, text, reference);
        if (procedure() == Procedure.NATIONAL && status != DossierStatus.COMMITTEE_REVIEW
                || procedure().isEhds() && !status.isBeforeDecision()) {
            throw DossierException.refused("dossier.opinion.notExpected", status.name());
        }
        DossierStatus before = status;
        this.opinion = recorded;
        if (procedure() == Procedure.NATIONAL) {
            moveTo(DossierStatus.DECISION_PENDING, on);
        }
        record(new DossierEvent.OpinionRecorded(stamp, given, text, before, status));
    }

    /** The committee's month ran out in silence: its opinion is deemed favourable (loi 78-17). */
    public void recordTacitOpinion(LocalDate periodEnd, Stamp stamp) {
        if (procedure() != Procedure.NATIONAL) {
            throw DossierException.refused("dossier.tacit.nationalOnly");
        }
        recordOpinion(Opinion.TACIT_FAVOURABLE, "Silence du comité : avis réputé favorable", periodEnd, stamp);
    }

    // ------------------------------------------------------------------ fees (Art. 62)

    /** Tells the applicant the fees to expect before the decision. A new estimate replaces the former one. */
    public void estimateFee(Money estimate, Stamp stamp) {
        Fee estimated = Fee.estimated(estimate);
        require(DossierAct.ESTIMATE_FEE);
        Money before = fee().estimate();
        this.fee = estimated;
        record(new DossierEvent.FeeEstimated(stamp, before, estimate));
    }

    /** The applicant accepted the estimate, once. (Declining it is {@link #withdraw}.) */
    public void acceptFee(Stamp stamp) {
        require(DossierAct.ACCEPT_FEE);
        this.fee = fee().acceptedEstimate();
        record(new DossierEvent.FeeAccepted(stamp, fee.estimate()));
    }

    /** The applicant withdrew the application (e.g. after the fee estimate, Art. 62). */
    public void withdraw(String reason, Stamp stamp) {
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", "dossier.reason.required");
        }
        require(DossierAct.WITHDRAW);
        DossierStatus before = status;
        moveTo(DossierStatus.WITHDRAWN, stamp.today());
        this.milestones = milestones.closed(stamp.today());
        record(new DossierEvent.Withdrawn(stamp, before, reason.strip()));
    }

    /**
     * The applicant let the period to complete the application run out (EHDS Art. 67: 4 weeks from
     * being told it is incomplete): the application is deemed withdrawn. This is the law's effect of
     * the applicant's silence, not the authority's breach, and nobody decides it: it is recorded as
     * its own event ({@link EventType#LAPSED}), never as an applicant's withdrawal.
     *
     * <p>Only an application still incomplete lapses: a resubmission met the period, whatever day the
     * expiry is noticed. The period runs to the end of its last day ({@code periodEnd}, Reg. 1182/71),
     * on which the applicant may still complete it, so the lapse is recorded from the next day on;
     * the application ended on that last day, as tacit outcomes are dated on their period's end.
     */
    public void lapse(LocalDate periodEnd, Stamp stamp) {
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (!procedure().isEhds()) {
            throw DossierException.refused("dossier.lapse.ehdsOnly");
        }
        if (status != DossierStatus.INCOMPLETE) {
            throw DossierException.refused("dossier.lapse.notIncomplete", status.name());
        }
        if (!stamp.today().isAfter(periodEnd)) {
            throw DossierException.refused("dossier.lapse.early", periodEnd);
        }
        moveTo(DossierStatus.WITHDRAWN, periodEnd);
        this.milestones = milestones.closed(periodEnd);
        record(new DossierEvent.Lapsed(stamp, periodEnd));
    }

    // ------------------------------------------------------------------ decision

    /** The decision period is extended once, with reasons (Art. 68(4), 68(6), loi 78-17 art. 66). */
    public void extendDecision(String reason, Stamp stamp) {
        require(DossierAct.EXTEND_DECISION);
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", "dossier.reason.required");
        }
        this.decision = decision.extendedPeriod();
        record(new DossierEvent.DecisionExtended(stamp, reason.strip(), stageDueOn));
    }

    /**
     * Grants the data permit (or the authorisation) with its Art. 68(10) terms. The permit runs
     * from {@code stamp.today()} to {@code expiresOn}.
     *
     * @param latestEnd the last day the permit may run to, from the permit-term policy's maximum
     *                  (10 years, Art. 68(12)); null when no maximum applies
     */
    public void grant(LocalDate expiresOn, LocalDate latestEnd, String conditions, Stamp stamp) {
        require(DossierAct.GRANT);
        Permit.checkTerm(stamp.today(), expiresOn, latestEnd);
        Permit.checkConditions(conditions);
        authorise(Decision.GRANTED, stamp.today(), Permit.issued(stamp.today(), expiresOn, conditions), null);
        record(new DossierEvent.Granted(stamp, status, expiresOn, conditions));
    }

    /**
     * Refuses a decision of the authority once its national period ran out in silence
     * ({@code decisionDue}, the decision clock's last day, null when no period runs): from the
     * next day the authorisation is deemed given (loi 78-17 art. 66) and can no longer be
     * overtaken by a grant or a refusal, whatever page or API is used. EHDS decisions are not
     * concerned (silence is no decision there).
     */
    public void requireNoTacitAuthorisation(LocalDate decisionDue, Stamp stamp) {
        if (procedure() == Procedure.NATIONAL
                && decisionDue != null
                && stamp.today().isAfter(decisionDue)) {
            // a java.util.Date, so that the message writes the day out in the person's language
            throw DossierException.refused("dossier.decision.tacitAcquired", decisionDue);
        }
    }

    /** Refuses the application, with its reasons (published, Art. 57(1)(j)). */
    public void refuse(String reasons, Stamp stamp) {
        DecisionRecord refusal = decision.refused(reasons, stamp.today());
        require(DossierAct.REFUSE);
        DossierStatus before = status;
        moveTo(DossierStatus.REFUSED, stamp.today());
        this.decision = refusal;
        this.milestones = milestones.closed(stamp.today());
        record(new DossierEvent.Refused(stamp, before, refusal.reasons()));
    }

    /**
     * The authority's period ran out in silence: the authorisation is deemed given (loi 78-17
     * art. 66), for the duration the applicant requested.
     */
    public void recordTacitAuthorisation(LocalDate periodEnd, Stamp stamp) {
        if (procedure() != Procedure.NATIONAL) {
            throw DossierException.refused("dossier.tacit.nationalOnly");
        }
        requireDecidable();
        Integer requested = application.requestedMonths();
        int months = requested == null ? 12 : requested;
        authorise(
                Decision.TACIT_AUTHORISATION,
                periodEnd,
                Permit.issued(periodEnd, periodEnd.plusMonths(months), null),
                "Silence de l'autorité : autorisation réputée accordée (loi 78-17 art. 66)");
        record(new DossierEvent.TacitAuthorisation(stamp, status, decision.reasons(), permit.expiresOn()));
    }

    private void requireDecidable() {
        if (status != DossierStatus.DECISION_PENDING) {
            throw DossierException.refused("dossier.decision.notPending", status.name());
        }
    }

    private void authorise(Decision outcome, LocalDate on, Permit issued, String reasons) {
        moveTo(DossierStatus.DATA_PREPARATION, on);
        this.decision = decision.decided(outcome, on, reasons);
        this.permit = issued;
    }

    /** Publishes the decision with its reasons in the public register (Art. 57(1)(j)). */
    public void publishDecision(Stamp stamp) {
        require(DossierAct.PUBLISH_DECISION);
        this.decision = decision.publishedOn(stamp.today());
        record(new DossierEvent.DecisionPublished(stamp, stamp.today()));
    }

    /** Remembers the generated permit document (PDF). */
    public void permitDocumentIs(UUID document) {
        this.permit = permit().withDocument(document);
    }

    // ------------------------------------------------------------------ data

    /** The data holder delivered the data to the access body (EHDS Art. 60(2)). */
    public void recordDelivery(LocalDate on, Stamp stamp) {
        require(DossierAct.RECORD_DELIVERY);
        checkDate(on, decision().decidedOn(), stamp);
        moveTo(DossierStatus.DATA_DELIVERED, on);
        this.milestones = milestones.delivered(on);
        record(new DossierEvent.DataDelivered(stamp, on));
    }

    /** The data are available to the user in the secure processing environment: the target is reached. */
    public void recordAvailability(LocalDate on, Stamp stamp) {
        LocalDate deliveredOn = milestones.deliveredOn();
        checkDate(on, deliveredOn != null ? deliveredOn : decision().decidedOn(), stamp);
        require(DossierAct.RECORD_AVAILABILITY);
        DossierStatus before = status;
        moveTo(DossierStatus.DATA_AVAILABLE, on);
        this.milestones = milestones.available(on);
        record(new DossierEvent.DataAvailable(stamp, before, on));
    }

    private static void checkDate(LocalDate on, LocalDate notBefore, Stamp stamp) {
        if (on == null) {
            throw DossierException.onField("on", "dossier.date.required");
        }
        if (on.isAfter(stamp.today())) {
            throw DossierException.onField("on", "dossier.date.future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw DossierException.onField("on", "dossier.date.beforeDecision", notBefore);
        }
    }

    // ------------------------------------------------------------------ permit life

    /** Changes the permit's conditions (an amendment), with its reason. */
    public void amendPermit(String conditions, String reason, Stamp stamp) {
        require(DossierAct.AMEND_PERMIT);
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", "dossier.reason.required");
        }
        String before = permit.conditions();
        this.permit = permit.amended(conditions);
        record(new DossierEvent.PermitAmended(stamp, before, permit.conditions(), reason.strip()));
    }

    /**
     * Extends the permit once (Art. 68(12)), requested in time and within the permit-term policy's maximum.
     *
     * @param lastDayToAsk the last day on which the extension may be requested (the platform's
     *                     counted-back clock, one month before the expiry for a data permit), or
     *                     null when no such period applies (an authorisation under loi 78-17)
     * @param latestEnd    the last day an extended permit may run to, from the policy's maximum
     *                     counted from the current expiry; null when none applies
     */
    public void extendPermit(
            LocalDate newExpiry, String reason, LocalDate lastDayToAsk, LocalDate latestEnd, Stamp stamp) {
        require(DossierAct.EXTEND_PERMIT);
        if (reason == null || reason.isBlank()) {
            throw DossierException.onField("reason", "dossier.reason.required");
        }
        LocalDate before = permit.expiresOn();
        this.permit = permit.extendedTo(newExpiry, stamp.today(), lastDayToAsk, latestEnd);
        record(new DossierEvent.PermitExtended(stamp, before, newExpiry, reason.strip()));
    }

    /**
     * The permit reached its term (Art. 68(12)), whether or not the data arrived: recorded in any
     * state in which the permit is in force (data being prepared, delivered or available), from its
     * expiry date on. The permit expired on that date, whatever day it is recorded: the stage still
     * waiting for the data ends then, and the 6-month deletion period runs from it.
     */
    public void expirePermit(Stamp stamp) {
        require(DossierAct.EXPIRE_PERMIT);
        Permit expired = permit.expiredAsOf(stamp.today());
        DossierStatus before = status;
        moveTo(DossierStatus.PERMIT_EXPIRED, expired.expiredOn());
        this.permit = expired;
        record(new DossierEvent.PermitExpired(stamp, before, expired.expiredOn()));
    }

    /** The user confirmed the deletion of the data: the dossier is closed. */
    public void confirmDeletion(Stamp stamp) {
        require(DossierAct.CONFIRM_DELETION);
        moveTo(DossierStatus.CLOSED, stamp.today());
        this.milestones = milestones.closed(stamp.today());
        record(new DossierEvent.DataDeleted(stamp));
    }

    /** Hands the dossier to another instructor. */
    public void assignTo(String newInstructor, String reason, Stamp stamp) {
        if (newInstructor == null || newInstructor.isBlank()) {
            throw DossierException.onField("instructor", "dossier.instructor.required");
        }
        String before = instructor;
        this.instructor = newInstructor.strip();
        record(new DossierEvent.InstructorAssigned(stamp, before, instructor, reason));
    }

    // ------------------------------------------------------------------ clocks (ids kept by the service)

    /** Remembers the ids of the clocks started for this dossier; null arguments keep the current id. */
    public void clocksAre(ClockIds ids) {
        this.clocks = clocks().updatedBy(ids);
    }

    public ClockIds clocks() {
        return clocks == null ? ClockIds.none() : clocks;
    }

    /** The due date of the current stage's clock, for the work list. */
    public void stageDueOn(LocalDate due) {
        this.stageDueOn = due;
    }

    // ------------------------------------------------------------------ state machine

    private void moveTo(DossierStatus target, LocalDate on) {
        Optional<DossierException> refused = DossierActRules.moving(status, target);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Stage before = status.stage();
        Stage after = target.stage();
        if (before != after) {
            openStage().ifPresent(s -> s.end(on));
            if (after != null) {
                stages.add(new DossierStage(this, after, on));
            }
            this.stageDueOn = null;
        }
        this.status = target;
    }

    private java.util.Optional<DossierStage> openStage() {
        return stages.stream().filter(DossierStage::isOpen).findFirst();
    }

    /** The one place a verb's event is kept: recorded for the application, and shown in the history. */
    private void record(DossierEvent event) {
        events.record(event);
        history.add(new DossierHistoryEntry(this, event));
    }

    /**
     * The EHDS report target started with its clock: its last day is the clock's due date (the
     * policy's 8 or 9 months under Reg. 1182/71), kept for the lists, the file and the reports.
     */
    public void targetRunsUntil(LocalDate lastDay) {
        this.milestones = milestones.targetUntil(lastDay);
    }

    /** Elapsed time against the EHDS target, and the stage where time is being spent. */
    public TargetProgress progress(LocalDate today) {
        return milestones.progress(today, status.stage());
    }

    // ------------------------------------------------------------------ reading

    public Long id() {
        return id;
    }

    public DossierReference reference() {
        return new DossierReference(reference);
    }

    public Procedure procedure() {
        return application.procedure();
    }

    public DossierStatus status() {
        return status;
    }

    public String instructor() {
        return instructor;
    }

    /** The applicant's answers, to show them, edit them or check them again. */
    public ApplicationForm application() {
        return application;
    }

    /** The fee estimate and its answer (Art. 62); {@link Fee#none()} while none was given. */
    public Fee fee() {
        return fee == null ? Fee.none() : fee;
    }

    public List<UUID> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /** The days that mark the dossier's way, from its creation to its closing. */
    public Milestones milestones() {
        return milestones;
    }

    public boolean accelerated() {
        return accelerated;
    }

    /** The committee's opinion; {@link CommitteeOpinion#none()} while none was given. */
    public CommitteeOpinion committeeOpinion() {
        return opinion == null ? CommitteeOpinion.none() : opinion;
    }

    /** The authority's decision; {@link DecisionRecord#pending()} while none was taken. */
    public DecisionRecord decision() {
        return decision == null ? DecisionRecord.pending() : decision;
    }

    /** The permit granted; {@link Permit#none()} while none was. */
    public Permit permit() {
        return permit == null ? Permit.none() : permit;
    }

    public LocalDate stageDueOn() {
        return stageDueOn;
    }

    public long version() {
        return version;
    }

    /** The history rows, oldest first. */
    public List<DossierHistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    /** The events recorded by the verbs and not drained yet. */
    public List<DossierEvent> pendingEvents() {
        return events.pending();
    }

    /** Hands over the events recorded by the verbs, once: the application writes audit entries from them. */
    public List<DossierEvent> drainEvents() {
        return events.drain();
    }

    public List<DossierStage> stages() {
        return Collections.unmodifiableList(stages);
    }

    @Override
    public boolean equals(Object o) {
        // By reference, the identity given at creation: an unsaved dossier (no id yet) equals itself,
        // and equals and hashCode agree.
        return o instanceof Dossier other && Objects.equals(reference, other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }

    /**
     * Links the dossier to the organisation's record in the platform's directory (ADR 7). The copy
     * of the organisation's name and number stays as it was written.
     */
    public void referToDirectory(long directoryId) {
        this.organisationId = directoryId;
    }

    /** The directory id of the organisation, if linked. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }
}
