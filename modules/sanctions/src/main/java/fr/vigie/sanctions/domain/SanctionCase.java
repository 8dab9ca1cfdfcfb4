package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.RecordedEvents;
import fr.vigie.platform.api.Stamp;
import fr.vigie.sanctions.api.SanctionsModule;
import fr.vigie.sanctions.domain.SanctionEvent.Change;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sanction case before the committee (formation restreinte), from its referral to the decision,
 * its notification, appeal, publication and anonymisation. The procedure is the state machine of
 * {@link CaseStatus}; each verb checks the move and the separation of duties (the rapporteur
 * never sits nor votes; an inspector of the originating inspection is neither rapporteur nor
 * judge; a member with a declared interest is recused), then writes the timeline. Legal clocks are
 * kept by the platform: the case remembers their ids and the due dates it needs.
 */
@Entity
@Table(schema = "sanctions", name = "sanction_case")
@NamedQuery(name = "SanctionCase.byReference", query = "SELECT c FROM SanctionCase c WHERE c.reference = :reference")
@NamedQuery(
        name = "SanctionCase.fromInspection",
        query = "SELECT c FROM SanctionCase c WHERE c.origin.inspection = :inspection ORDER BY c.reference")
@NamedQuery(
        name = "SanctionCase.toAnonymise",
        query =
                "SELECT c FROM SanctionCase c WHERE c.publication.publishedOn IS NOT NULL AND c.publication.anonymisedOn IS NULL AND c.publication.anonymiseOn <= :today")
public class SanctionCase {
    /** Text shown instead of the organisation's name once the published decision is anonymised. */
    public static final String ANONYMISED = "***";

    /** The platform policy of the appeal to the Conseil d'État: 2 months (CJA art. R. 421-1). */
    public static final String CONSEIL_ETAT_APPEAL = "CONSEIL_ETAT_APPEAL";

    /** The same appeal for an organisation established abroad: 2 more months (CJA art. R. 421-7). */
    public static final String CONSEIL_ETAT_APPEAL_ABROAD = "CONSEIL_ETAT_APPEAL_ABROAD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Embedded
    private Undertaking undertaking;

    @Embedded
    private Origin origin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_inspector", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "username")
    private Set<String> inspectors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_breach", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Breach> breaches = new ArrayList<>();

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Embedded
    private Instruction instruction = Instruction.none();

    @Embedded
    private Hearing hearing = Hearing.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_member_present", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "username")
    private Set<String> present = new HashSet<>();

    @Embedded
    private Deliberation deliberation = Deliberation.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_vote", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Vote> votes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_measure", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Measure> measures = new ArrayList<>();

    @Embedded
    private Decision decision = Decision.none();

    @Embedded
    private Appeal appeal = Appeal.none();

    @Embedded
    private Publication publication = Publication.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_penalty", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<PenaltyAccrual> penalties = new ArrayList<>();

    @Embedded
    private CrossBorder crossBorder = CrossBorder.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_objection", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Objection> objections = new ArrayList<>();

    @Column(name = "file_index_version", nullable = false)
    private int fileIndexVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_file_entry", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<FileEntry> fileIndex = new ArrayList<>();

    /** Due date of the clock of the current step, copied for lists and reports (no query crosses schemas). */
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Embedded
    private CaseClocks clocks = CaseClocks.none();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_timeline", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @Transient
    private final transient RecordedEvents<SanctionEvent> events = new RecordedEvents<>();

    protected SanctionCase() {
        // for JPA
    }

    /**
     * Opens a case awaiting the president's referral: after a formal notice not complied with, or
     * on an inspection's proposal of referral.
     */
    public SanctionCase(
            String reference,
            Undertaking undertaking,
            List<Breach> breaches,
            String originNotice,
            CaseRef originInspection,
            Set<String> inspectors,
            Stamp stamp) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.undertaking = Objects.requireNonNull(undertaking, "undertaking");
        this.procedure = Procedure.ORDINARY;
        this.status = CaseStatus.AWAITING_REFERRAL;
        this.breaches.addAll(breaches == null ? List.of() : breaches);
        this.origin = new Origin(originNotice, originInspection, stamp.today());
        this.inspectors.addAll(inspectors == null ? Set.of() : inspectors);
        record(new SanctionEvent.Opened(
                caseRef(),
                unchanged(),
                stamp,
                originNotice,
                originInspection == null ? null : originInspection.toString()));
    }

    // ------------------------------------------------------------------ referral and instruction

    /** The president refers the case to the committee. */
    public void refer(Reason reasons, Stamp stamp) {
        require(CaseAct.REFER);
        String why = reasons.text();
        this.referredOn = stamp.today();
        record(new SanctionEvent.Referred(caseRef(), moveTo(CaseStatus.REFERRED), stamp, why));
    }

    /** The president appoints the rapporteur (décret art. 39); never an inspector of the originating inspection. */
    public void appointRapporteur(String username, Impartiality impartiality, Stamp stamp) {
        require(CaseAct.APPOINT_RAPPORTEUR);
        requireText(username, "rapporteur");
        String who = username.strip();
        Duties.requireMayBeRapporteur(this, who, impartiality);
        this.instruction = instruction().appointed(who, stamp.today());
        record(new SanctionEvent.RapporteurAppointed(caseRef(), moveTo(CaseStatus.INSTRUCTION), stamp, who));
    }

    /** The chair decides to follow the simplified procedure (loi 78-17 art. 22-1), with reasons. */
    public void chooseSimplified(Reason reasons, Stamp stamp) {
        require(CaseAct.CHOOSE_SIMPLIFIED);
        record(new SanctionEvent.SimplifiedChosen(caseRef(), follow(Procedure.SIMPLIFIED), stamp, reasons.text()));
    }

    /** The chair switches a simplified case to the ordinary procedure, keeping every act already recorded. */
    public void switchToOrdinary(Reason reasons, Stamp stamp) {
        require(CaseAct.SWITCH_TO_ORDINARY);
        record(new SanctionEvent.SwitchedToOrdinary(caseRef(), follow(Procedure.ORDINARY), stamp, reasons.text()));
    }

    /** The rapporteur's report is notified: the organisation may reply until {@code replyDue} (décret art. 40). */
    public void notifyReport(LocalDate replyDue, Stamp stamp) {
        require(CaseAct.NOTIFY_REPORT);
        Duties.requireRapporteur(this, stamp.actor());
        this.instruction = instruction().reportNotified(stamp.today(), replyDue);
        this.nextDueOn = replyDue;
        record(new SanctionEvent.ReportNotified(caseRef(), moveTo(CaseStatus.REPORT_NOTIFIED), stamp, replyDue));
    }

    /** The chair extends the reply period once, with a reason. */
    public void extendReply(LocalDate newDue, Reason reason, Stamp stamp) {
        require(CaseAct.EXTEND_REPLY);
        this.instruction = instruction().replyExtendedTo(newDue);
        this.nextDueOn = newDue;
        record(new SanctionEvent.ReplyExtended(caseRef(), unchanged(), stamp, newDue, reason.text()));
    }

    /** The organisation's reply is received: the rapporteur may answer within one month. */
    public void recordReply(LocalDate receivedOn, LocalDate answerDue, Stamp stamp) {
        require(CaseAct.RECORD_REPLY);
        LocalDate on = receivedOn == null ? stamp.today() : receivedOn;
        this.instruction = instruction().replyReceived(on, stamp.today());
        this.nextDueOn = answerDue;
        record(new SanctionEvent.ReplyReceived(caseRef(), moveTo(CaseStatus.REPLY_RECEIVED), stamp, on));
    }

    /** The rapporteur answers the reply: the written exchange is over. */
    public void answer(String summary, Stamp stamp) {
        require(CaseAct.ANSWER);
        Duties.requireRapporteur(this, stamp.actor());
        this.instruction = instruction().answered(stamp.today());
        this.nextDueOn = null;
        record(new SanctionEvent.Answered(caseRef(), moveTo(CaseStatus.READY_FOR_HEARING), stamp, summary));
    }

    /** The rapporteur will not answer (or the reply period lapsed without a reply). */
    public void declineAnswer(Stamp stamp) {
        require(CaseAct.DECLINE_ANSWER);
        Duties.requireRapporteur(this, stamp.actor());
        this.instruction = instruction().answerDeclined();
        this.nextDueOn = null;
        record(new SanctionEvent.AnswerDeclined(caseRef(), moveTo(CaseStatus.READY_FOR_HEARING), stamp));
    }

    // ------------------------------------------------------------------ hearing

    /**
     * Sets the hearing date and sends its notice today; the notice must leave by {@code noticeLatestOn}
     * (policy {@code HEARING_NOTICE}, counted back from the hearing), otherwise the date is refused.
     *
     * @param closedRequested the organisation asked for a hearing not open to the public
     */
    public void scheduleHearing(LocalDate date, LocalDate noticeLatestOn, boolean closedRequested, Stamp stamp) {
        require(CaseAct.SCHEDULE_HEARING);
        Hearing next = Hearing.scheduled(date, stamp.today(), noticeLatestOn, closedRequested);
        boolean again = hearing().isScheduled();
        this.hearing = next;
        this.nextDueOn = date;
        record(new SanctionEvent.HearingScheduled(caseRef(), moveTo(CaseStatus.HEARING_SCHEDULED), stamp, date, again));
    }

    /** The hearing took place: who attended and the minutes. */
    public void holdHearing(String whoAttended, String hearingMinutes, Stamp stamp) {
        require(CaseAct.HOLD_HEARING);
        this.hearing = hearing().held(whoAttended, hearingMinutes, stamp.today());
        this.nextDueOn = null;
        boolean open = hearing.isPublic();
        record(new SanctionEvent.HearingHeld(caseRef(), moveTo(CaseStatus.HEARD), stamp, open));
    }

    // ------------------------------------------------------------------ deliberation and decision

    /**
     * The chair opens the deliberation with the members present. The rapporteur does not sit;
     * neither do the inspectors of the originating inspection nor the members who declared an
     * interest in the organisation. The quorum must be reached.
     */
    public void openDeliberation(Set<String> members, int requiredQuorum, Impartiality impartiality, Stamp stamp) {
        require(CaseAct.OPEN_DELIBERATION);
        Set<String> sitting = new HashSet<>(members == null ? Set.of() : members);
        sitting.add(stamp.actor());
        for (String member : sitting) {
            Duties.requireMayJudge(this, member, "present", impartiality);
        }
        if (sitting.size() < requiredQuorum) {
            throw SanctionsException.onField("present", "deliberation.quorum", requiredQuorum, sitting.size());
        }
        this.present.clear();
        this.present.addAll(sitting);
        this.deliberation = Deliberation.openedBy(stamp.actor(), requiredQuorum);
        this.votes.clear();
        record(new SanctionEvent.DeliberationOpened(
                caseRef(), moveTo(CaseStatus.DELIBERATING), stamp, Set.copyOf(sitting)));
    }

    /** A member present votes on the proposed decision (the rapporteur never votes). */
    public void vote(boolean inFavour, Impartiality impartiality, Stamp stamp) {
        String member = stamp.actor();
        Duties.requireNotRapporteurVoting(this, member);
        require(CaseAct.VOTE);
        Duties.requireMayJudge(this, member, null, impartiality);
        if (!present.contains(member)) {
            throw SanctionsException.refused("vote.notPresent", member);
        }
        if (votes.stream().anyMatch(v -> v.member().equals(member))) {
            throw SanctionsException.refused("vote.already", member);
        }
        votes.add(new Vote(member, inFavour));
        record(new SanctionEvent.Voted(caseRef(), unchanged(), stamp, inFavour));
    }

    /**
     * The chair records the decision the committee adopted: the measures, within their lawful caps
     * (asked of {@code caps}), the reasons and the fine assistant's steps the committee followed, if
     * any (the assistant proposes; the committee decides).
     */
    public void adoptDecision(List<Measure> decided, String reasons, String fineSteps, LawfulCaps caps, Stamp stamp) {
        require(CaseAct.ADOPT_DECISION);
        deliberation().requireAdoptable(stamp.actor(), votes);
        decide(decided, reasons, fineSteps, caps, stamp, false);
    }

    /**
     * Simplified procedure: the chair decides alone (loi 78-17 art. 22-1), after the written
     * exchange, with the fine assistant's steps if any.
     */
    public void decideAlone(
            List<Measure> decided,
            String reasons,
            String fineSteps,
            LawfulCaps caps,
            Impartiality impartiality,
            Stamp stamp) {
        require(CaseAct.DECIDE_ALONE);
        if (status == CaseStatus.REPORT_NOTIFIED && instruction().replyPending(stamp.today())) {
            throw SanctionsException.refused(
                    "decision.replyPending", instruction().replyDueOn());
        }
        Duties.requireMayJudge(this, stamp.actor(), null, impartiality);
        decide(decided, reasons, fineSteps, caps, stamp, true);
    }

    private void decide(
            List<Measure> decided, String reasons, String fineSteps, LawfulCaps caps, Stamp stamp, boolean alone) {
        Decision taken = Decision.taken(decided, reasons, fineSteps, stamp.today(), stamp.actor());
        Decision.requireWithinCaps(decided, procedure, infringedArticles(), undertaking.turnover(), caps);
        this.decision = taken;
        this.measures.clear();
        this.measures.addAll(decided);
        this.nextDueOn = null;
        List<MeasureType> types = decided.stream().map(Measure::type).toList();
        record(new SanctionEvent.Decided(caseRef(), moveTo(CaseStatus.DECIDED), stamp, types, reasons, alone));
    }

    // ------------------------------------------------------------------ after the decision

    /** The decision is notified today: the appeal period runs (Conseil d'État, see {@link #appealPolicy()}, not suspensive). */
    public void notifyDecision(Stamp stamp) {
        require(CaseAct.NOTIFY_DECISION);
        this.decision = decision().notified(stamp.today());
        record(new SanctionEvent.DecisionNotified(caseRef(), unchanged(), stamp));
    }

    /**
     * The policy of the period to appeal against the decision before the Conseil d'État, counted
     * from its notification: 2 months ({@link #CONSEIL_ETAT_APPEAL}, CJA art. R. 421-1), 2 more for
     * an organisation established abroad ({@link #CONSEIL_ETAT_APPEAL_ABROAD}, art. R. 421-7).
     */
    public String appealPolicy() {
        return undertaking.establishedAbroad() ? CONSEIL_ETAT_APPEAL_ABROAD : CONSEIL_ETAT_APPEAL;
    }

    public void recordAppeal(LocalDate lodgedOn, Stamp stamp) {
        require(CaseAct.RECORD_APPEAL);
        LocalDate on = lodgedOn == null ? stamp.today() : lodgedOn;
        this.appeal = Appeal.lodged(on, decision().notifiedOn(), stamp.today());
        record(new SanctionEvent.AppealLodged(caseRef(), unchanged(), stamp, on));
    }

    public void recordAppealOutcome(AppealOutcome outcome, String summary, Stamp stamp) {
        require(CaseAct.RECORD_APPEAL_OUTCOME);
        this.appeal = appeal().decided(outcome, stamp.today());
        record(new SanctionEvent.AppealDecided(caseRef(), unchanged(), stamp, outcome, summary));
    }

    /**
     * Publishes the decision (ordinary procedure only: a simplified decision is never published),
     * with the day the organisation's name is removed from the published version.
     */
    public void publish(LocalDate anonymiseDay, Stamp stamp) {
        if (procedure == Procedure.SIMPLIFIED) {
            throw SanctionsException.refused("publish.simplified");
        }
        require(CaseAct.PUBLISH);
        this.publication = Publication.of(undertaking.name(), stamp.today(), anonymiseDay);
        record(new SanctionEvent.Published(caseRef(), unchanged(), stamp, anonymiseDay));
    }

    /** Removes the organisation's name from the published version (the system task does it on the day). */
    public void anonymisePublication(Stamp stamp) {
        this.publication = publication().anonymised(stamp.today());
        record(new SanctionEvent.PublicationAnonymised(caseRef(), unchanged(), stamp));
    }

    /**
     * Records the periodic penalty accrued for each day of delay after the injunction's compliance
     * date, up to {@code until} (the day of compliance when {@code complied}).
     */
    public PenaltyAccrual accruePenalty(LocalDate until, boolean complied, Stamp stamp) {
        require(CaseAct.RECORD_PENALTY);
        Measure injunction = measures.stream()
                .filter(m -> m.type() == MeasureType.INJUNCTION && m.penaltyPerDay() != null)
                .findFirst()
                .orElseThrow(() -> SanctionsException.refused("penalty.none"));
        PenaltyAccrual previous = penalties.isEmpty() ? null : penalties.get(penalties.size() - 1);
        PenaltyAccrual accrual = PenaltyAccrual.following(injunction, previous, until, complied, stamp.today());
        penalties.add(accrual);
        record(new SanctionEvent.PenaltyAccrued(caseRef(), unchanged(), stamp, accrual, injunction.penaltyPerDay()));
        return accrual;
    }

    /** Total periodic penalty accrued so far. */
    public Money penaltyAccrued() {
        return penalties.stream().map(PenaltyAccrual::amount).reduce(Money.euros(0), Money::plus);
    }

    // ------------------------------------------------------------------ cross-border (GDPR Art. 60)

    /** Shares the (revised) draft decision with the concerned authorities; a revision answers earlier objections. */
    public void shareDraftDecision(Stamp stamp) {
        require(CaseAct.SHARE_ART60_DRAFT);
        objections.forEach(Objection::resolve);
        this.crossBorder = crossBorder().draftShared(stamp.today());
        int round = crossBorder.round();
        record(new SanctionEvent.DraftShared(caseRef(), unchanged(), stamp, round));
    }

    public void recordObjection(String authority, String text, Stamp stamp) {
        require(CaseAct.RECORD_OBJECTION);
        requireText(authority, "authority");
        requireText(text, "objection");
        String who = authority.strip();
        objections.add(
                new Objection(who, text.strip(), stamp.today(), crossBorder().round()));
        record(new SanctionEvent.ObjectionRecorded(caseRef(), unchanged(), stamp, who, text));
    }

    public boolean unresolvedObjections() {
        return objections.stream().anyMatch(o -> !o.resolved());
    }

    /** Unresolved objections: the case goes to the EDPB's dispute resolution (GDPR Art. 65). */
    public void flagForArt65(Reason reason, Stamp stamp) {
        require(CaseAct.FLAG_ART65);
        this.crossBorder = crossBorder().flaggedForArt65(stamp.today());
        record(new SanctionEvent.FlaggedForArt65(caseRef(), unchanged(), stamp, reason.text()));
    }

    // ------------------------------------------------------------------ access to the file

    /**
     * Adds a document to the index of the file a party may consult; a confidential document is
     * consulted through its non-confidential version. Each addition makes a new version of the index.
     *
     * @param audience {@code ORGANISATION} or {@code COMPLAINANT}
     */
    public FileEntry addToFile(
            String title,
            String documentId,
            boolean confidential,
            String publicVersionId,
            String audience,
            LocalDate sentOn,
            Stamp stamp) {
        FileEntry entry = FileEntry.indexed(
                fileIndexVersion + 1, title, documentId, confidential, publicVersionId, audience, sentOn);
        this.fileIndexVersion++;
        fileIndex.add(entry);
        record(new SanctionEvent.FileIndexUpdated(caseRef(), unchanged(), stamp, fileIndexVersion, entry.title()));
        return entry;
    }

    /**
     * A party's or the authority's document joins the case (stored by the platform's document store);
     * the timeline keeps its name so that the file index built from it can be traced.
     */
    public void documentAttached(String filename, Stamp stamp) {
        require(CaseAct.ADD_TO_FILE);
        requireText(filename, "file");
        record(new SanctionEvent.DocumentAttached(caseRef(), unchanged(), stamp, filename));
    }

    // ------------------------------------------------------------------ rules

    /** The acts the case allows now (roles aside; the separation of duties is checked by each verb). */
    public Set<CaseAct> availableActs() {
        return AllowedActs.of(this);
    }

    private void require(CaseAct act) {
        if (!availableActs().contains(act)) {
            throw SanctionsException.refused("case.act.refused", act.name(), status.name(), procedure.name());
        }
    }

    /**
     * Refuses {@code member} as a judge of this case (deliberation page, vote): the rapporteur, an
     * inspector of the originating inspection, a member who declared an interest.
     */
    public void checkMayJudge(String member, Impartiality impartiality) {
        Duties.requireMayJudge(this, member, null, impartiality);
    }

    static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw SanctionsException.onField(field, "field.required");
        }
    }

    private Change moveTo(CaseStatus next) {
        Change change = new Change(status, next, procedure, procedure);
        this.status = next;
        return change;
    }

    private Change follow(Procedure next) {
        Change change = new Change(status, status, procedure, next);
        this.procedure = next;
        return change;
    }

    private Change unchanged() {
        return Change.none(status, procedure);
    }

    /** Writes the timeline entry of the act and records its event for the audit. */
    private void record(SanctionEvent event) {
        timeline.add(new TimelineEntry(event.timelineAct(), event.stamp(), event.timelineDetail()));
        events.record(event);
    }

    /** The events the verbs recorded since the case was loaded (drained by the application once written). */
    public RecordedEvents<SanctionEvent> events() {
        return events;
    }

    // ------------------------------------------------------------------ clocks and documents kept by the services

    /** The platform started the clock {@code id} of {@code kind} for the case. */
    public void clockStarted(CaseClocks.Kind kind, long id) {
        this.clocks = clocks().with(kind, id);
    }

    public void decisionDocumentIs(String documentId) {
        this.decision = decision().withDocument(documentId);
    }

    // ------------------------------------------------------------------ reading (an embedded part is never null)

    /** The infringed articles, from the breaches, for the caps (the gravest sets the cap). */
    public List<String> infringedArticles() {
        return breaches.stream().map(Breach::article).distinct().toList();
    }

    public CaseRef caseRef() {
        return new CaseRef(SanctionsModule.NAME, reference);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Procedure procedure() {
        return procedure;
    }

    public CaseStatus status() {
        return status;
    }

    public Undertaking undertaking() {
        return undertaking;
    }

    public Origin origin() {
        return origin;
    }

    public Set<String> inspectors() {
        return Set.copyOf(inspectors);
    }

    public List<Breach> breaches() {
        return List.copyOf(breaches);
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public Instruction instruction() {
        return instruction == null ? Instruction.none() : instruction;
    }

    /** The rapporteur, null before the appointment. */
    public String rapporteur() {
        return instruction().rapporteur();
    }

    public Hearing hearing() {
        return hearing == null ? Hearing.none() : hearing;
    }

    public Set<String> present() {
        return Set.copyOf(present);
    }

    public Deliberation deliberation() {
        return deliberation == null ? Deliberation.none() : deliberation;
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public Decision decision() {
        return decision == null ? Decision.none() : decision;
    }

    public Appeal appeal() {
        return appeal == null ? Appeal.none() : appeal;
    }

    public Publication publication() {
        return publication == null ? Publication.none() : publication;
    }

    public List<PenaltyAccrual> penalties() {
        return List.copyOf(penalties);
    }

    public CrossBorder crossBorder() {
        return crossBorder == null ? CrossBorder.none() : crossBorder;
    }

    public List<Objection> objections() {
        return List.copyOf(objections);
    }

    public int fileIndexVersion() {
        return fileIndexVersion;
    }

    public List<FileEntry> fileIndex() {
        return List.copyOf(fileIndex);
    }

    public CaseClocks clocks() {
        return clocks == null ? CaseClocks.none() : clocks;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public long version() {
        return version;
    }

    /**
     * Links the sanction case to the organisation's record in the platform's directory (ADR 7). The copy
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
