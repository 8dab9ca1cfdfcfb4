package fr.vigie.complaints.domain;

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
import java.time.Instant;
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
 * A complaint lodged by a person against an organisation (GDPR Art. 77), from receipt to closure.
 * Its lifecycle is the state machine of {@link ComplaintStatus}; each verb checks that its act is
 * allowed now (its guard in {@link ComplaintGuards}, which {@link #availableActs()} reads too), changes the state, writes the
 * timeline and records a {@link ComplaintEvent} for the audit trail. Clocks are kept by the platform: the aggregate only remembers their ids. Identity is the
 * database id; the reference is the public name.
 */
@Entity
@Table(schema = "complaints", name = "complaint")
@NamedQuery(name = "Complaint.byReference", query = "SELECT c FROM Complaint c WHERE c.reference = :reference")
@NamedQuery(name = "Complaint.bySubmissionKey", query = "SELECT c FROM Complaint c WHERE c.submissionKey = :key")
@NamedQuery(
        name = "Complaint.byCampaign",
        query = "SELECT c FROM Complaint c WHERE c.campaign = :campaign ORDER BY c.id")
@NamedQuery(
        name = "Complaint.recentAgainstSiren",
        query = "SELECT COUNT(c) FROM Complaint c"
                + " WHERE c.organisationSiren = :siren AND c.receivedOn >= :since AND c.id <> :exclude")
public class Complaint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    /** Set by the channel to make a double submission create one complaint only. */
    @Column(name = "submission_key", updatable = false, unique = true)
    private String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Embedded
    private Complainant complainant;

    @Embedded
    private Organisation organisation;

    /** Copy of the organisation's SIREN, indexed: related complaints are found by it. */
    @Column(name = "organisation_siren")
    private String organisationSiren;

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String facts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "complaints",
            name = "complaint_category",
            joinColumns = @JoinColumn(name = "complaint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    @Column(name = "people_affected", nullable = false)
    private int peopleAffected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Embedded
    private Qualification qualification;

    private String assignee;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "last_informed_on")
    private LocalDate lastInformedOn;

    private String campaign;

    @Column(name = "proposed_score", nullable = false)
    private int proposedScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_priority", nullable = false)
    private PriorityLevel proposedPriority;

    @Column(name = "proposed_reasons")
    private String proposedReasons;

    /** The priority a person decided; null until then (the proposal is only a proposal). */
    @Embedded
    private PriorityDecision priorityDecision;

    @Column(name = "ack_clock_id")
    private Long acknowledgementClock;

    @Column(name = "inform_clock_id")
    private Long informationClock;

    /** The cross-border part (Regulation (EU) 2025/2518 Art. 4); null for a complaint not received as such. */
    @Embedded
    private CrossBorderFile crossBorder;

    /** The cross-border case the complaint was joined to; null until the crossborder module joins it to one. */
    @Embedded
    private FollowedCrossBorderCase crossBorderCase;

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentOn ASC, id ASC")
    private List<Letter> letters = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sentOn ASC, id ASC")
    private List<InformationRequest> requests = new ArrayList<>();

    @Transient
    private final transient RecordedEvents<ComplaintEvent> events = new RecordedEvents<>();

    protected Complaint() {
        // for JPA
    }

    /**
     * Receives a complaint.
     *
     * @param priority the proposal of {@link PriorityRules} for these facts
     */
    public Complaint(
            ComplaintReference reference,
            String submissionKey,
            NewComplaint facts,
            PriorityAssessment priority,
            Stamp stamp) {
        this(reference, submissionKey, facts, null, priority, stamp);
    }

    /**
     * Receives a complaint, cross-border when {@code crossBorderIntake} is given (its rules then
     * come from the receipt day, {@link CrossBorderFile#rules}).
     */
    public Complaint(
            ComplaintReference reference,
            String submissionKey,
            NewComplaint facts,
            CrossBorderIntake crossBorderIntake,
            PriorityAssessment priority,
            Stamp stamp) {
        Objects.requireNonNull(reference, "reference");
        String text = facts.checked(stamp.today());
        if (submissionKey != null && (submissionKey.isBlank() || submissionKey.length() > 100)) {
            throw ComplaintException.onField("submissionKey", "complaint.submissionKey.invalid");
        }
        this.reference = reference.value();
        this.submissionKey = submissionKey;
        this.channel = facts.channel();
        this.receivedOn = facts.receivedOn();
        this.receivedAt = stamp.at();
        this.complainant = facts.complainant();
        this.organisation = facts.organisation();
        this.organisationSiren = facts.organisation().siren();
        this.facts = text;
        this.categories = EnumSet.copyOf(facts.categories());
        this.peopleAffected = facts.peopleAffected();
        this.status = ComplaintStatus.RECEIVED;
        this.crossBorder = crossBorderIntake == null ? null : new CrossBorderFile(crossBorderIntake);
        propose(priority);
        record(TimelineType.RECEIVED, stamp, null, channel.name());
    }

    // ------------------------------------------------------------------ what may be done now

    /**
     * The acts the complaint allows in its current state, whoever asks: exactly those its verbs
     * accept (with a fitting input), since both read the one guard of each act.
     */
    public Set<ComplaintAct> availableActs() {
        Set<ComplaintAct> acts = EnumSet.noneOf(ComplaintAct.class);
        for (ComplaintAct act : ComplaintAct.values()) {
            if (guards().refusal(act).isEmpty()) {
                acts.add(act);
            }
        }
        return acts;
    }

    /** The outcomes the complaint may be closed with now; empty when it may not be closed. */
    public Set<Outcome> closingOutcomes() {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            if (guards().refusalToClose(outcome).isEmpty()) {
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    /** Throws the refusal of the act when the complaint does not allow it now (e.g. before a letter is rendered). */
    public void require(ComplaintAct act) {
        Optional<ComplaintException> refused = guards().refusal(act);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /** The acknowledgement of receipt was sent to the complainant (its letter, if stored: {@code letter}). */
    public void acknowledge(UUID letter, Stamp stamp) {
        require(ComplaintAct.ACKNOWLEDGE);
        ComplaintStatus before = status;
        moveTo(ComplaintStatus.ACKNOWLEDGED);
        this.acknowledgedOn = stamp.today();
        record(TimelineType.ACKNOWLEDGED, stamp, null, null);
        if (letter != null) {
            letters.add(new Letter(this, LetterType.ACKNOWLEDGEMENT, stamp.today(), stamp.actor(), letter, null));
        }
        events.record(new ComplaintEvent.Acknowledged(before, status, letter, stamp));
    }

    /** Records the handler's qualification. Allowed once the complaint is acknowledged. */
    public void qualify(Qualification result, String reason, Stamp stamp) {
        Objects.requireNonNull(result, "qualification");
        require(ComplaintAct.QUALIFY);
        ComplaintStatus before = status;
        moveTo(ComplaintStatus.QUALIFIED);
        this.qualification = result;
        record(TimelineType.QUALIFIED, stamp, reason, result.toString());
        events.record(new ComplaintEvent.Qualified(before, status, result, reason, stamp));
    }

    /** Gives the complaint to a handler (or to another one). Only a complaint that can be instructed here. */
    public void assignTo(String handler, String reason, Stamp stamp) {
        if (handler == null || handler.isBlank()) {
            throw ComplaintException.onField("assignee", "complaint.assignee.required");
        }
        require(ComplaintAct.ASSIGN);
        if (handler.equals(assignee)) {
            throw ComplaintException.onField("assignee", "complaint.assign.same", handler);
        }
        ComplaintStatus statusBefore = status;
        moveTo(guards().assignmentTarget());
        String before = assignee;
        this.assignee = handler.strip();
        record(TimelineType.ASSIGNED, stamp, reason, (before == null ? "" : before + " → ") + assignee);
        events.record(new ComplaintEvent.Assigned(before, assignee, statusBefore, status, reason, stamp));
    }

    /** The assigned handler starts instructing (also implied by the first request to the organisation). */
    public void startInstruction(Stamp stamp) {
        require(ComplaintAct.START_INSTRUCTION);
        ComplaintStatus before = status;
        beginInstruction(stamp);
        events.record(new ComplaintEvent.InstructionStarted(before, status, stamp));
    }

    private void beginInstruction(Stamp stamp) {
        moveTo(ComplaintStatus.UNDER_INSTRUCTION);
        record(TimelineType.INSTRUCTION_STARTED, stamp, null, null);
    }

    /**
     * Refuses a text meant for the organisation or another module when it would reveal who
     * complained (décret 2019-536 art. 38: the complainant's identity is not disclosed).
     *
     * @param field the form field the text was typed in, for the message
     */
    public void requireComplainantUnnamed(String text, String field) {
        if (complainant != null && complainant.isIdentifiedBy(text)) {
            throw ComplaintException.onField(field, "complaint.anonymity.breached");
        }
    }

    /** A request for information is sent to the organisation. */
    public InformationRequest sendRequest(String questions, UUID letterDocument, Stamp stamp) {
        requireComplainantUnnamed(questions, "questions");
        String text = questions == null ? "" : questions.strip();
        if (text.length() < 10) {
            throw ComplaintException.onField("questions", "request.questions.tooShort", 10);
        }
        if (text.length() > 5000) {
            throw ComplaintException.onField("questions", "text.tooLong", 5000);
        }
        require(ComplaintAct.SEND_REQUEST);
        ComplaintStatus before = status;
        if (status == ComplaintStatus.ASSIGNED) {
            // Implied by the request: its event says so (no event of its own).
            beginInstruction(stamp);
        }
        InformationRequest request = new InformationRequest(this, text, stamp.today());
        requests.add(request);
        letters.add(new Letter(
                this,
                LetterType.REQUEST_FOR_INFORMATION,
                stamp.today(),
                stamp.actor(),
                letterDocument,
                TimelineEntry.abbreviate(text)));
        record(TimelineType.REQUEST_SENT, stamp, null, TimelineEntry.abbreviate(text));
        events.record(new ComplaintEvent.RequestSent(before, status, request, letterDocument, stamp));
        return request;
    }

    /** The organisation answered a request. */
    public InformationRequest recordAnswer(long requestId, LocalDate answeredOn, String summary, Stamp stamp) {
        require(ComplaintAct.RECORD_ANSWER);
        InformationRequest request = requests.stream()
                .filter(r -> Objects.equals(r.id(), requestId))
                .findFirst()
                .orElseThrow(() -> ComplaintException.onField("request", "request.unknown", requestId));
        if (answeredOn == null || answeredOn.isAfter(stamp.today())) {
            throw ComplaintException.onField("answeredOn", "request.answeredOn.invalid");
        }
        request.answered(answeredOn, summary == null ? null : summary.strip());
        record(TimelineType.ANSWER_RECEIVED, stamp, null, TimelineEntry.abbreviate(summary));
        events.record(new ComplaintEvent.AnswerRecorded(requestId, answeredOn, stamp));
        return request;
    }

    /**
     * The complainant was informed of the progress of their complaint (GDPR Art. 57(1)(f)); this
     * restarts the Art. 78(2) period.
     */
    public void informComplainant(String summary, UUID letterDocument, Stamp stamp) {
        require(ComplaintAct.INFORM_COMPLAINANT);
        String text = summary == null ? "" : summary.strip();
        if (text.length() < 10) {
            throw ComplaintException.onField("summary", "inform.summary.tooShort", 10);
        }
        letters.add(new Letter(
                this,
                LetterType.INFORMATION_OF_PROGRESS,
                stamp.today(),
                stamp.actor(),
                letterDocument,
                TimelineEntry.abbreviate(text)));
        LocalDate before = lastInformedOn;
        this.lastInformedOn = stamp.today();
        record(TimelineType.COMPLAINANT_INFORMED, stamp, null, TimelineEntry.abbreviate(text));
        events.record(new ComplaintEvent.ComplainantInformed(before, lastInformedOn, letterDocument, stamp));
    }

    /**
     * Closes the complaint with one of the {@link #closingOutcomes()}. The closure letter informs the
     * complainant of the outcome.
     */
    public void close(Outcome result, String reason, UUID closureLetter, Stamp stamp) {
        if (result == null) {
            throw ComplaintException.onField("outcome", "complaint.outcome.required");
        }
        Optional<ComplaintException> refused = guards().refusalToClose(result);
        if (refused.isPresent()) {
            throw refused.get();
        }
        if (result.referral() != null) {
            // The reason travels with the referral to the inspection or sanctions case.
            requireComplainantUnnamed(reason, "reason");
        }
        ComplaintStatus before = status;
        moveTo(ComplaintStatus.CLOSED);
        this.outcome = result;
        this.closedOn = stamp.today();
        this.lastInformedOn = stamp.today();
        letters.add(new Letter(this, LetterType.CLOSURE, stamp.today(), stamp.actor(), closureLetter, result.name()));
        record(TimelineType.CLOSED, stamp, reason, result.name());
        events.record(new ComplaintEvent.Closed(before, status, result, reason, closureLetter, stamp));
    }

    /** A supervisor reopens a closed complaint; it goes back to instruction, or to qualification if never assigned. */
    public void reopen(String reason, Stamp stamp) {
        require(ComplaintAct.REOPEN);
        ComplaintStatus target = assignee == null ? ComplaintStatus.QUALIFIED : ComplaintStatus.UNDER_INSTRUCTION;
        if (qualification == null || !qualification.instructable()) {
            target = ComplaintStatus.QUALIFIED;
        }
        Outcome before = outcome;
        ComplaintStatus statusBefore = status;
        moveTo(target);
        this.outcome = null;
        this.closedOn = null;
        record(TimelineType.REOPENED, stamp, reason, before == null ? null : before.name());
        events.record(new ComplaintEvent.Reopened(statusBefore, status, before, reason, stamp));
    }

    // ------------------------------------------------------------------ priority and campaigns

    /** A handler decides the priority, as {@link PriorityDecision#decide} allows. */
    public void decidePriority(PriorityLevel decided, String overrideReason, Stamp stamp) {
        require(ComplaintAct.DECIDE_PRIORITY);
        PriorityDecision decision = PriorityDecision.decide(proposedPriority, decided, overrideReason, stamp.actor());
        PriorityLevel before = priorityDecision == null ? null : priorityDecision.level();
        this.priorityDecision = decision;
        String note = PriorityDecision.noted(overrideReason);
        record(TimelineType.PRIORITY_DECIDED, stamp, note, decision.detail(proposedPriority));
        events.record(new ComplaintEvent.PriorityDecided(before, decision, proposedPriority(), stamp));
    }

    /** Re-runs the proposal (e.g. after a related complaint arrived); a decided priority stays decided. */
    public void propose(PriorityAssessment assessment) {
        this.proposedScore = assessment.score();
        this.proposedPriority = assessment.level();
        this.proposedReasons = assessment.encodedReasons();
    }

    /** Joins a campaign: complaints on the same facts handled as a group, each keeping its own record. */
    public void joinCampaign(String code) {
        this.campaign = code;
    }

    /** Notes that a link of this kind to another complaint was confirmed or rejected. */
    public void noteLink(boolean confirmed, LinkKind kind, ComplaintReference other, String reason, Stamp stamp) {
        record(confirmed ? TimelineType.LINK_CONFIRMED : TimelineType.LINK_REJECTED, stamp, reason, other.value());
        events.record(new ComplaintEvent.LinkNoted(confirmed, kind, other.value(), campaign, reason, stamp));
    }

    // ------------------------------------------------------------------ cross-border (Reg. 2025/2518 Art. 4)

    /** The acts of the cross-border part allowed now; empty for a complaint not received as cross-border. */
    public Set<CrossBorderAct> availableCrossBorderActs() {
        if (crossBorder == null || status == ComplaintStatus.CLOSED) {
            return EnumSet.noneOf(CrossBorderAct.class);
        }
        return crossBorder.availableActs(qualification);
    }

    /** Throws the refusal of a cross-border act the complaint does not allow now. */
    public void requireCrossBorder(CrossBorderAct act) {
        crossBorderFile().require(act, qualification);
    }

    /** The handler found that the complaint gives the information of Art. 4(1): admissible. */
    public void findCrossBorderAdmissible(Stamp stamp) {
        crossBorderFile().findAdmissible(stamp.today());
        crossBorderRecorded(TimelineType.XB_FOUND_ADMISSIBLE, stamp, null, null);
    }

    /** Art. 4(2): declared inadmissible for lack of the information named, with the reasons. */
    public void declareCrossBorderInadmissible(Set<Art4Information> missing, String reasons, Stamp stamp) {
        crossBorderFile().declareInadmissible(missing, reasons, stamp.today());
        crossBorderRecorded(
                TimelineType.XB_DECLARED_INADMISSIBLE,
                stamp,
                crossBorder.inadmissibilityReasons(),
                String.join(
                        ", ",
                        crossBorder.missingInformation().stream()
                                .map(Enum::name)
                                .toList()));
    }

    /** The preliminary assessment: cross-border processing or not, and the presumed lead authority. */
    public void assessCrossBorder(boolean crossBorderProcessing, String presumedLead, String reason, Stamp stamp) {
        crossBorderFile().assess(crossBorderProcessing, presumedLead, reason, stamp.today());
        crossBorderRecorded(
                TimelineType.XB_ASSESSED,
                stamp,
                crossBorder.assessmentReason(),
                crossBorderProcessing ? "lead=" + crossBorder.presumedLead() : "not cross-border");
    }

    /**
     * Transmits the complaint to the presumed lead authority. Nothing is said about the complainant:
     * the complainant keeps dealing with this authority, and is told so by the notice ({@code notice}, its letter).
     *
     * @return what was sent, one document a line
     */
    public List<String> transmitToLeadAuthority(List<String> otherDocuments, UUID notice, Stamp stamp) {
        List<String> sent = crossBorderFile().transmit(otherDocuments, stamp.actor(), stamp.today());
        letters.add(new Letter(
                this,
                LetterType.TRANSMISSION_NOTICE,
                stamp.today(),
                stamp.actor(),
                notice,
                crossBorder.transmittedTo()));
        crossBorderRecorded(
                TimelineType.XB_TRANSMITTED, stamp, null, crossBorder.transmittedTo() + ": " + String.join(", ", sent));
        return sent;
    }

    /** The authority decides that it leads (the preliminary assessment named FR). */
    public void decideToLeadHere(Stamp stamp) {
        crossBorderFile().leadHere(stamp.today());
        crossBorderRecorded(TimelineType.XB_LED_HERE, stamp, null, null);
    }

    /** A complaint sent by another authority, qualified as cross-border and led here, goes to the cooperation procedure. */
    public void announceReceivedAsLead(Stamp stamp) {
        crossBorderFile().announceReceivedAsLead(qualification, stamp.today());
        crossBorderRecorded(
                TimelineType.XB_RECEIVED_AS_LEAD,
                stamp,
                null,
                crossBorder.receivedFrom() + " " + crossBorder.receivedFromReference());
    }

    /** Remembers the platform clocks of the cross-border part. */
    public void crossBorderTrackedBy(Long inadmissibility, Long transmission) {
        crossBorderFile().trackedBy(inadmissibility, transmission);
    }

    /**
     * The cross-border case the complaint was joined to reached {@code stage} on {@code on} (or the
     * complaint was just joined to it): the complaint follows it, whatever its own status — a closed
     * complaint still belongs to the complainant, who is told of the case through this authority
     * (Regulation (EU) 2025/2518 Art. 3(3)). Written on the timeline with the case as the reason.
     */
    public void followCrossBorderCase(String caseReference, String stage, String role, LocalDate on, Stamp stamp) {
        FollowedCrossBorderCase before = crossBorderCase;
        FollowedCrossBorderCase after = new FollowedCrossBorderCase(caseReference, stage, role, on);
        this.crossBorderCase = after;
        record(TimelineType.XB_CASE_STAGE, stamp, caseReference, stage);
        events.record(new ComplaintEvent.CrossBorderCaseFollowed(
                before == null ? null : before.reference(), before == null ? null : before.stage(), after, stamp));
    }

    private CrossBorderFile crossBorderFile() {
        if (crossBorder == null) {
            throw ComplaintException.refused("xb.notCrossBorder");
        }
        if (status == ComplaintStatus.CLOSED) {
            throw ComplaintException.refused("xb.closed");
        }
        return crossBorder;
    }

    private void crossBorderRecorded(TimelineType type, Stamp stamp, String reason, String detail) {
        record(type, stamp, reason, detail);
        events.record(new ComplaintEvent.CrossBorderRecorded(type, detail, reason, stamp));
    }

    // ------------------------------------------------------------------ clocks

    /** Remembers the platform clocks of this complaint (the platform keeps their state). */
    public void trackedBy(Long acknowledgement, Long information) {
        if (acknowledgement != null) {
            this.acknowledgementClock = acknowledgement;
        }
        if (information != null) {
            this.informationClock = information;
        }
    }

    // ------------------------------------------------------------------ helpers

    private void moveTo(ComplaintStatus target) {
        if (!status.mayMoveTo(target)) {
            throw ComplaintException.refused(
                    "complaint.transition.refused", ComplaintGuards.label(status), ComplaintGuards.label(target));
        }
        this.status = target;
    }

    /** The guards read the complaint as it is now. */
    private ComplaintGuards guards() {
        return new ComplaintGuards(this);
    }

    private void record(TimelineType type, Stamp stamp, String reason, String detail) {
        timeline.add(new TimelineEntry(this, type, stamp.at(), stamp.actor(), reason, detail));
    }

    // ------------------------------------------------------------------ reading

    public Long id() {
        return id;
    }

    public ComplaintReference reference() {
        return new ComplaintReference(reference);
    }

    public String submissionKey() {
        return submissionKey;
    }

    public Channel channel() {
        return channel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Complainant complainant() {
        return complainant;
    }

    /**
     * Links the complaint to the organisation's record in the platform's directory (ADR 7). The
     * copy in {@link #organisation()} stays as it was received.
     */
    public void referToDirectory(long directoryId) {
        this.organisationId = directoryId;
    }

    /** The directory id of the organisation, if linked. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Organisation organisation() {
        return organisation;
    }

    public String facts() {
        return facts;
    }

    public Set<Category> categories() {
        return Collections.unmodifiableSet(categories);
    }

    public int peopleAffected() {
        return peopleAffected;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Qualification qualification() {
        return qualification;
    }

    public String assignee() {
        return assignee;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate lastInformedOn() {
        return lastInformedOn;
    }

    public String campaign() {
        return campaign;
    }

    public PriorityAssessment proposedPriority() {
        return new PriorityAssessment(
                proposedScore, proposedPriority, PriorityAssessment.decodeReasons(proposedReasons));
    }

    /** The priority a person decided; empty while only proposed. */
    public Optional<PriorityDecision> priorityDecision() {
        return Optional.ofNullable(priorityDecision);
    }

    public Long acknowledgementClock() {
        return acknowledgementClock;
    }

    public Long informationClock() {
        return informationClock;
    }

    public long version() {
        return version;
    }

    /** The cross-border part; empty for a complaint not received as a cross-border complaint. */
    public Optional<CrossBorderFile> crossBorder() {
        return Optional.ofNullable(crossBorder);
    }

    /** The cross-border case the complaint follows; empty while joined to none. */
    public Optional<FollowedCrossBorderCase> crossBorderCase() {
        return Optional.ofNullable(crossBorderCase);
    }

    /** The events the verbs recorded since the last drain, in order; forgets them (each is written once). */
    public List<ComplaintEvent> drainEvents() {
        return events.drain();
    }

    /** The events recorded and not yet drained (for tests). */
    public List<ComplaintEvent> pendingEvents() {
        return events.pending();
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public List<Letter> letters() {
        return Collections.unmodifiableList(letters);
    }

    public List<InformationRequest> requests() {
        return Collections.unmodifiableList(requests);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint other && reference != null && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
