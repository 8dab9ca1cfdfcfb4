package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import fr.vigie.sanctions.api.SanctionsModule;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
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
        query = "SELECT c FROM SanctionCase c WHERE c.originInspection = :inspection ORDER BY c.reference")
@NamedQuery(
        name = "SanctionCase.toAnonymise",
        query =
                "SELECT c FROM SanctionCase c WHERE c.publishedOn IS NOT NULL AND c.anonymisedOn IS NULL AND c.anonymiseOn <= :today")
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

    @Column(name = "origin_notice")
    private String originNotice;

    @Column(name = "origin_inspection")
    private String originInspection;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_inspector", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "username")
    private Set<String> inspectors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_breach", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Breach> breaches = new ArrayList<>();

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "referred_on")
    private LocalDate referredOn;

    @Column(name = "rapporteur")
    private String rapporteur;

    @Column(name = "rapporteur_appointed_on")
    private LocalDate rapporteurAppointedOn;

    @Column(name = "report_notified_on")
    private LocalDate reportNotifiedOn;

    @Column(name = "reply_due_on")
    private LocalDate replyDueOn;

    @Column(name = "reply_extended", nullable = false)
    private boolean replyExtended;

    @Column(name = "reply_received_on")
    private LocalDate replyReceivedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_declined", nullable = false)
    private boolean answerDeclined;

    @Column(name = "hearing_on")
    private LocalDate hearingOn;

    @Column(name = "hearing_notice_sent_on")
    private LocalDate hearingNoticeSentOn;

    @Column(name = "closed_hearing_requested", nullable = false)
    private boolean closedHearingRequested;

    @Column(name = "heard_on")
    private LocalDate heardOn;

    @Column(name = "attendance")
    private String attendance;

    @Column(name = "minutes")
    private String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_member_present", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "username")
    private Set<String> present = new HashSet<>();

    @Column(name = "deliberation_chair")
    private String deliberationChair;

    @Column(name = "quorum")
    private Integer quorum;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_vote", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Vote> votes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_measure", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Measure> measures = new ArrayList<>();

    @Column(name = "decision_reasons")
    private String decisionReasons;

    /**
     * The steps of the fine assistant (EDPB Guidelines 04/2022) the committee followed, kept with
     * the decision so that its reasons show how the amount was reached; null when not used.
     */
    @Column(name = "fine_calculation")
    private String fineCalculation;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_document")
    private String decisionDocument;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome appealOutcome;

    @Column(name = "appeal_outcome_on")
    private LocalDate appealOutcomeOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_name")
    private String publishedName;

    @Column(name = "anonymise_on")
    private LocalDate anonymiseOn;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_penalty", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<PenaltyAccrual> penalties = new ArrayList<>();

    @Column(name = "art60_round", nullable = false)
    private int art60Round;

    @Column(name = "art60_shared_on")
    private LocalDate art60SharedOn;

    @Column(name = "art65_flagged_on")
    private LocalDate art65FlaggedOn;

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

    @Column(name = "reply_clock_id")
    private Long replyClock;

    @Column(name = "answer_clock_id")
    private Long answerClock;

    @Column(name = "hearing_clock_id")
    private Long hearingClock;

    @Column(name = "appeal_clock_id")
    private Long appealClock;

    @Column(name = "art60_clock_id")
    private Long art60Clock;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "sanctions", name = "case_timeline", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<TimelineEntry> timeline = new ArrayList<>();

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

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
        this.originNotice = originNotice;
        this.originInspection = originInspection == null ? null : originInspection.toString();
        this.inspectors.addAll(inspectors == null ? Set.of() : inspectors);
        this.openedOn = stamp.today();
        record("OPENED", stamp, originNotice != null ? originNotice : this.originInspection);
    }

    // ------------------------------------------------------------------ referral and instruction

    /** The president refers the case to the committee. */
    public void refer(String reasons, Stamp stamp) {
        require(CaseAct.REFER);
        requireText(reasons, "reason");
        this.status = CaseStatus.REFERRED;
        this.referredOn = stamp.today();
        record("REFERRED", stamp, reasons.strip());
    }

    /** The president appoints the rapporteur (décret art. 39); never an inspector of the originating inspection. */
    public void appointRapporteur(String username, Impartiality impartiality, Stamp stamp) {
        require(CaseAct.APPOINT_RAPPORTEUR);
        requireText(username, "rapporteur");
        String who = username.strip();
        if (isInspector(who, impartiality)) {
            throw new DutyRefused("rapporteur", "duty.inspector.notRapporteur", who);
        }
        if (present.contains(who) || votes.stream().anyMatch(v -> v.member().equals(who))) {
            throw new DutyRefused("rapporteur", "duty.judge.notRapporteur", who);
        }
        this.rapporteur = who;
        this.rapporteurAppointedOn = stamp.today();
        this.status = CaseStatus.INSTRUCTION;
        record("RAPPORTEUR_APPOINTED", stamp, who);
    }

    /** The chair decides to follow the simplified procedure (loi 78-17 art. 22-1), with reasons. */
    public void chooseSimplified(String reasons, Stamp stamp) {
        require(CaseAct.CHOOSE_SIMPLIFIED);
        requireText(reasons, "reason");
        this.procedure = Procedure.SIMPLIFIED;
        record("SIMPLIFIED_CHOSEN", stamp, reasons.strip());
    }

    /** The chair switches a simplified case to the ordinary procedure, keeping every act already recorded. */
    public void switchToOrdinary(String reasons, Stamp stamp) {
        require(CaseAct.SWITCH_TO_ORDINARY);
        requireText(reasons, "reason");
        this.procedure = Procedure.ORDINARY;
        record("SWITCHED_TO_ORDINARY", stamp, reasons.strip());
    }

    /** The rapporteur's report is notified: the organisation may reply until {@code replyDue} (décret art. 40). */
    public void notifyReport(LocalDate replyDue, Stamp stamp) {
        require(CaseAct.NOTIFY_REPORT);
        requireRapporteur(stamp);
        this.reportNotifiedOn = stamp.today();
        this.replyDueOn = Objects.requireNonNull(replyDue, "replyDue");
        this.nextDueOn = replyDue;
        this.status = CaseStatus.REPORT_NOTIFIED;
        record("REPORT_NOTIFIED", stamp, null);
    }

    /** The chair extends the reply period once, with a reason. */
    public void extendReply(LocalDate newDue, String reason, Stamp stamp) {
        require(CaseAct.EXTEND_REPLY);
        requireText(reason, "reason");
        if (newDue == null || !newDue.isAfter(replyDueOn)) {
            throw SanctionsException.onField("replyDueOn", "reply.extension.later");
        }
        this.replyDueOn = newDue;
        this.nextDueOn = newDue;
        this.replyExtended = true;
        record("REPLY_EXTENDED", stamp, reason.strip());
    }

    /** The organisation's reply is received: the rapporteur may answer within one month. */
    public void recordReply(LocalDate receivedOn, LocalDate answerDue, Stamp stamp) {
        require(CaseAct.RECORD_REPLY);
        LocalDate on = receivedOn == null ? stamp.today() : receivedOn;
        if (on.isAfter(stamp.today()) || on.isBefore(reportNotifiedOn)) {
            throw SanctionsException.onField("receivedOn", "reply.date.invalid");
        }
        this.replyReceivedOn = on;
        this.nextDueOn = answerDue;
        this.status = CaseStatus.REPLY_RECEIVED;
        record("REPLY_RECEIVED", stamp, on.toString());
    }

    /** The rapporteur answers the reply: the written exchange is over. */
    public void answer(String summary, Stamp stamp) {
        require(CaseAct.ANSWER);
        requireRapporteur(stamp);
        this.answeredOn = stamp.today();
        this.status = CaseStatus.READY_FOR_HEARING;
        this.nextDueOn = null;
        record("ANSWERED", stamp, summary);
    }

    /** The rapporteur will not answer (or the reply period lapsed without a reply). */
    public void declineAnswer(Stamp stamp) {
        require(CaseAct.DECLINE_ANSWER);
        requireRapporteur(stamp);
        this.answerDeclined = true;
        this.status = CaseStatus.READY_FOR_HEARING;
        this.nextDueOn = null;
        record("ANSWER_DECLINED", stamp, null);
    }

    // ------------------------------------------------------------------ hearing

    /**
     * Sets the hearing date and sends its notice today; the notice must reach the organisation at
     * least {@code noticeDays} before the hearing (policy {@code HEARING_NOTICE}), otherwise the
     * date is refused.
     *
     * @param closedRequested the organisation asked for a hearing not open to the public
     */
    public void scheduleHearing(LocalDate date, int noticeDays, boolean closedRequested, Stamp stamp) {
        require(CaseAct.SCHEDULE_HEARING);
        if (date == null) {
            throw SanctionsException.onField("hearingOn", "hearing.date.required");
        }
        if (ChronoUnit.DAYS.between(stamp.today(), date) < noticeDays) {
            throw SanctionsException.onField(
                    "hearingOn",
                    "hearing.notice.tooShort",
                    noticeDays,
                    stamp.today().plusDays(noticeDays));
        }
        boolean again = hearingOn != null;
        this.hearingOn = date;
        this.hearingNoticeSentOn = stamp.today();
        this.closedHearingRequested = closedRequested;
        this.nextDueOn = date;
        this.status = CaseStatus.HEARING_SCHEDULED;
        record(again ? "HEARING_RESCHEDULED" : "HEARING_SCHEDULED", stamp, date.toString());
    }

    /** True when the hearing is (or was) open to the public: unless the organisation asked otherwise. */
    public boolean hearingPublic() {
        return !closedHearingRequested;
    }

    /** The hearing took place: who attended and the minutes. */
    public void holdHearing(String whoAttended, String hearingMinutes, Stamp stamp) {
        require(CaseAct.HOLD_HEARING);
        requireText(whoAttended, "attendance");
        requireText(hearingMinutes, "minutes");
        this.attendance = whoAttended.strip();
        this.minutes = hearingMinutes.strip();
        this.heardOn = stamp.today().isBefore(hearingOn) ? hearingOn : stamp.today();
        this.nextDueOn = null;
        this.status = CaseStatus.HEARD;
        record("HEARING_HELD", stamp, hearingPublic() ? "public" : "closed");
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
            requireMayJudge(member, "present", impartiality);
        }
        if (sitting.size() < requiredQuorum) {
            throw SanctionsException.onField("present", "deliberation.quorum", requiredQuorum, sitting.size());
        }
        this.present.clear();
        this.present.addAll(sitting);
        this.deliberationChair = stamp.actor();
        this.quorum = requiredQuorum;
        this.votes.clear();
        this.status = CaseStatus.DELIBERATING;
        record(
                "DELIBERATION_OPENED",
                stamp,
                String.join(", ", sitting.stream().sorted().toList()));
    }

    /** A member present votes on the proposed decision (the rapporteur never votes). */
    public void vote(boolean inFavour, Impartiality impartiality, Stamp stamp) {
        String member = stamp.actor();
        if (member.equals(rapporteur)) {
            throw new DutyRefused(null, "duty.rapporteur.noVote", member);
        }
        require(CaseAct.VOTE);
        requireMayJudge(member, null, impartiality);
        if (!present.contains(member)) {
            throw SanctionsException.refused("vote.notPresent", member);
        }
        if (votes.stream().anyMatch(v -> v.member().equals(member))) {
            throw SanctionsException.refused("vote.already", member);
        }
        votes.add(new Vote(member, inFavour));
        record("VOTED", stamp, null);
    }

    /** True when the votes adopt the proposal: a majority, the chair's vote deciding a tie. */
    public boolean majorityInFavour() {
        long yes = votes.stream().filter(Vote::inFavour).count();
        long no = votes.size() - yes;
        if (yes != no) {
            return yes > no;
        }
        return yes > 0 && votes.stream().anyMatch(v -> v.member().equals(deliberationChair) && v.inFavour());
    }

    /**
     * The chair records the decision the committee adopted: the measures, within their lawful caps
     * (asked of {@code caps}), and the reasons.
     */
    public void adoptDecision(List<Measure> decided, String reasons, LawfulCaps caps, Stamp stamp) {
        adoptDecision(decided, reasons, null, caps, stamp);
    }

    /**
     * As {@link #adoptDecision(List, String, LawfulCaps, Stamp)}, recording with the reasons the
     * fine assistant's steps the committee followed (the assistant proposes; the committee decides).
     */
    public void adoptDecision(List<Measure> decided, String reasons, String fineSteps, LawfulCaps caps, Stamp stamp) {
        require(CaseAct.ADOPT_DECISION);
        if (!stamp.actor().equals(deliberationChair)) {
            throw SanctionsException.refused("decision.chairOnly", deliberationChair);
        }
        if (votes.size() < quorum) {
            throw SanctionsException.refused("decision.votesMissing", quorum, votes.size());
        }
        if (!majorityInFavour()) {
            throw SanctionsException.refused("decision.noMajority");
        }
        decide(decided, reasons, fineSteps, caps, stamp);
    }

    /** Simplified procedure: the chair decides alone (loi 78-17 art. 22-1), after the written exchange. */
    public void decideAlone(
            List<Measure> decided, String reasons, LawfulCaps caps, Impartiality impartiality, Stamp stamp) {
        decideAlone(decided, reasons, null, caps, impartiality, stamp);
    }

    /** As {@link #decideAlone(List, String, LawfulCaps, Impartiality, Stamp)}, with the fine assistant's steps. */
    public void decideAlone(
            List<Measure> decided,
            String reasons,
            String fineSteps,
            LawfulCaps caps,
            Impartiality impartiality,
            Stamp stamp) {
        require(CaseAct.DECIDE_ALONE);
        if (status == CaseStatus.REPORT_NOTIFIED && !stamp.today().isAfter(replyDueOn)) {
            throw SanctionsException.refused("decision.replyPending", replyDueOn);
        }
        requireMayJudge(stamp.actor(), null, impartiality);
        decide(decided, reasons, fineSteps, caps, stamp);
    }

    private void decide(List<Measure> decided, String reasons, String fineSteps, LawfulCaps caps, Stamp stamp) {
        if (decided == null || decided.isEmpty()) {
            throw SanctionsException.onField("measures", "decision.measures.required");
        }
        requireText(reasons, "decisionReasons");
        Money fine = null;
        Money penalty = null;
        for (Measure m : decided) {
            if (m.fine() != null) {
                fine = fine == null ? m.fine() : fine.plus(m.fine());
            }
            if (m.penaltyPerDay() != null) {
                penalty = penalty == null || m.penaltyPerDay().isGreaterThan(penalty) ? m.penaltyPerDay() : penalty;
            }
        }
        if (fine != null || penalty != null) {
            CapVerdict verdict = caps.check(procedure, infringedArticles(), undertaking.turnover(), fine, penalty);
            if (!verdict.accepted()) {
                String field = verdict.field() == null ? "fine" : verdict.field();
                throw SanctionsException.onField(
                        field,
                        "decision." + field + ".overCap",
                        verdict.cap() == null ? "" : verdict.cap().amount().toPlainString(),
                        verdict.article());
            }
        }
        this.measures.clear();
        this.measures.addAll(decided);
        this.decisionReasons = reasons.strip();
        this.fineCalculation = fineSteps == null || fineSteps.isBlank() ? null : fineSteps.strip();
        this.decidedOn = stamp.today();
        this.decidedBy = stamp.actor();
        this.status = CaseStatus.DECIDED;
        this.nextDueOn = null;
        record(
                "DECIDED",
                stamp,
                decided.stream().map(m -> m.type().name()).toList().toString());
    }

    // ------------------------------------------------------------------ after the decision

    /** The decision is notified today: the appeal period runs (Conseil d'État, see {@link #appealPolicy()}, not suspensive). */
    public void notifyDecision(Stamp stamp) {
        require(CaseAct.NOTIFY_DECISION);
        this.notifiedOn = stamp.today();
        record("DECISION_NOTIFIED", stamp, null);
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
        if (on.isBefore(notifiedOn) || on.isAfter(stamp.today())) {
            throw SanctionsException.onField("lodgedOn", "appeal.date.invalid");
        }
        this.appealLodgedOn = on;
        record("APPEAL_LODGED", stamp, on.toString());
    }

    public void recordAppealOutcome(AppealOutcome outcome, String summary, Stamp stamp) {
        require(CaseAct.RECORD_APPEAL_OUTCOME);
        if (outcome == null) {
            throw SanctionsException.onField("outcome", "appeal.outcome.required");
        }
        this.appealOutcome = outcome;
        this.appealOutcomeOn = stamp.today();
        record("APPEAL_DECIDED", stamp, outcome.name() + (summary == null ? "" : " — " + summary.strip()));
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
        if (anonymiseDay == null || !anonymiseDay.isAfter(stamp.today())) {
            throw SanctionsException.onField("anonymiseOn", "publish.anonymiseOn.future");
        }
        this.publishedOn = stamp.today();
        this.publishedName = undertaking.name();
        this.anonymiseOn = anonymiseDay;
        record("PUBLISHED", stamp, anonymiseDay.toString());
    }

    /** True when the published version is due for anonymisation on {@code today}. */
    public boolean dueForAnonymisation(LocalDate today) {
        return publishedOn != null && anonymisedOn == null && !today.isBefore(anonymiseOn);
    }

    /** Removes the organisation's name from the published version (the system task does it on the day). */
    public void anonymisePublication(Stamp stamp) {
        if (!dueForAnonymisation(stamp.today())) {
            throw SanctionsException.refused("anonymise.notDue", anonymiseOn);
        }
        this.publishedName = ANONYMISED;
        this.anonymisedOn = stamp.today();
        record("PUBLICATION_ANONYMISED", stamp, null);
    }

    /**
     * Records the periodic penalty accrued for each day of delay after the injunction's compliance
     * date, up to {@code until} (the day of compliance when {@code complied}).
     */
    public PenaltyAccrual accruePenalty(LocalDate until, boolean complied, Stamp stamp) {
        require(CaseAct.RECORD_PENALTY);
        Measure injunction = penaltyInjunction();
        LocalDate from = penalties.isEmpty()
                ? injunction.complianceOn().plusDays(1)
                : penalties.get(penalties.size() - 1).to().plusDays(1);
        if (until == null || until.isBefore(from) || until.isAfter(stamp.today())) {
            throw SanctionsException.onField("until", "penalty.until.invalid", from);
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        PenaltyAccrual accrual =
                new PenaltyAccrual(from, until, days, injunction.penaltyPerDay().times(days), complied);
        penalties.add(accrual);
        record("PENALTY_ACCRUED", stamp, days + " × " + injunction.penaltyPerDay());
        return accrual;
    }

    private Measure penaltyInjunction() {
        return measures.stream()
                .filter(m -> m.type() == MeasureType.INJUNCTION && m.penaltyPerDay() != null)
                .findFirst()
                .orElseThrow(() -> SanctionsException.refused("penalty.none"));
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
        this.art60Round++;
        this.art60SharedOn = stamp.today();
        record(art60Round == 1 ? "ART60_DRAFT_SHARED" : "ART60_REVISED_DRAFT_SHARED", stamp, null);
    }

    /** True when the draft shared is a revised one (2-week objection period instead of 4). */
    public boolean revisedDraft() {
        return art60Round > 1;
    }

    public void recordObjection(String authority, String text, Stamp stamp) {
        require(CaseAct.RECORD_OBJECTION);
        requireText(authority, "authority");
        requireText(text, "objection");
        objections.add(new Objection(authority.strip(), text.strip(), stamp.today(), art60Round));
        record("ART60_OBJECTION", stamp, authority.strip());
    }

    public boolean unresolvedObjections() {
        return objections.stream().anyMatch(o -> !o.resolved());
    }

    /** Unresolved objections: the case goes to the EDPB's dispute resolution (GDPR Art. 65). */
    public void flagForArt65(String reason, Stamp stamp) {
        require(CaseAct.FLAG_ART65);
        requireText(reason, "reason");
        this.art65FlaggedOn = stamp.today();
        record("ART65_FLAGGED", stamp, reason.strip());
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
        requireText(title, "title");
        requireText(documentId, "documentId");
        if (confidential && (publicVersionId == null || publicVersionId.isBlank())) {
            throw SanctionsException.onField("publicVersionId", "file.publicVersion.required");
        }
        if (!"ORGANISATION".equals(audience) && !"COMPLAINANT".equals(audience)) {
            throw SanctionsException.onField("audience", "file.audience.invalid", audience);
        }
        this.fileIndexVersion++;
        FileEntry entry = new FileEntry(
                fileIndexVersion,
                title.strip(),
                documentId,
                confidential,
                confidential ? publicVersionId : null,
                audience,
                sentOn);
        fileIndex.add(entry);
        record("FILE_INDEX_UPDATED", stamp, "v" + fileIndexVersion + " " + title.strip());
        return entry;
    }

    /**
     * A party's or the authority's document joins the case (stored by the platform's document store);
     * the timeline keeps its name so that the file index built from it can be traced.
     */
    public void documentAttached(String filename, Stamp stamp) {
        require(CaseAct.ADD_TO_FILE);
        requireText(filename, "file");
        record("DOCUMENT_ATTACHED", stamp, filename.strip());
    }

    // ------------------------------------------------------------------ what is allowed now

    /** The acts the case allows now (roles aside; the separation of duties is checked by each verb). */
    public Set<CaseAct> availableActs() {
        Set<CaseAct> acts = EnumSet.of(CaseAct.ADD_TO_FILE);
        boolean simplified = procedure == Procedure.SIMPLIFIED;
        switch (status) {
            case AWAITING_REFERRAL -> acts.add(CaseAct.REFER);
            case REFERRED -> acts.add(CaseAct.APPOINT_RAPPORTEUR);
            case INSTRUCTION -> acts.add(CaseAct.NOTIFY_REPORT);
            case REPORT_NOTIFIED -> {
                acts.add(CaseAct.RECORD_REPLY);
                if (!replyExtended) {
                    acts.add(CaseAct.EXTEND_REPLY);
                }
                acts.add(CaseAct.DECLINE_ANSWER);
                if (simplified) {
                    acts.add(CaseAct.DECIDE_ALONE);
                }
            }
            case REPLY_RECEIVED -> {
                acts.add(CaseAct.ANSWER);
                acts.add(CaseAct.DECLINE_ANSWER);
                if (simplified) {
                    acts.add(CaseAct.DECIDE_ALONE);
                }
            }
            case READY_FOR_HEARING -> acts.add(simplified ? CaseAct.DECIDE_ALONE : CaseAct.SCHEDULE_HEARING);
            case HEARING_SCHEDULED -> {
                acts.add(CaseAct.SCHEDULE_HEARING);
                acts.add(CaseAct.HOLD_HEARING);
            }
            case HEARD -> acts.add(CaseAct.OPEN_DELIBERATION);
            case DELIBERATING -> {
                acts.add(CaseAct.VOTE);
                acts.add(CaseAct.ADOPT_DECISION);
            }
            case DECIDED -> {
                if (notifiedOn == null) {
                    acts.add(CaseAct.NOTIFY_DECISION);
                } else if (appealLodgedOn == null) {
                    acts.add(CaseAct.RECORD_APPEAL);
                } else if (appealOutcome == null) {
                    acts.add(CaseAct.RECORD_APPEAL_OUTCOME);
                }
                if (!simplified && publishedOn == null) {
                    acts.add(CaseAct.PUBLISH);
                }
                if (measures.stream().anyMatch(m -> m.penaltyPerDay() != null)
                        && penalties.stream().noneMatch(PenaltyAccrual::complied)) {
                    acts.add(CaseAct.RECORD_PENALTY);
                }
            }
        }
        if (status.isOpen() && status.ordinal() >= CaseStatus.REFERRED.ordinal()) {
            if (!simplified && status.ordinal() < CaseStatus.HEARING_SCHEDULED.ordinal()) {
                acts.add(CaseAct.CHOOSE_SIMPLIFIED);
            }
            if (simplified) {
                acts.add(CaseAct.SWITCH_TO_ORDINARY);
            }
        }
        if ((status == CaseStatus.HEARD || status == CaseStatus.DELIBERATING || status == CaseStatus.READY_FOR_HEARING)
                && art65FlaggedOn == null) {
            acts.add(CaseAct.SHARE_ART60_DRAFT);
            if (art60Round > 0) {
                acts.add(CaseAct.RECORD_OBJECTION);
            }
            if (unresolvedObjections()) {
                acts.add(CaseAct.FLAG_ART65);
            }
        }
        return acts;
    }

    // ------------------------------------------------------------------ rules

    private void require(CaseAct act) {
        if (!availableActs().contains(act)) {
            throw SanctionsException.refused("case.act.refused", act.name(), status.name(), procedure.name());
        }
    }

    private void requireRapporteur(Stamp stamp) {
        if (!stamp.actor().equals(rapporteur)) {
            throw new DutyRefused(null, "duty.rapporteur.only", stamp.actor());
        }
    }

    /**
     * Refuses {@code member} as a judge of this case (deliberation page, vote): the rapporteur, an
     * inspector of the originating inspection, a member who declared an interest.
     */
    public void checkMayJudge(String member, Impartiality impartiality) {
        requireMayJudge(member, null, impartiality);
    }

    /** Refuses a judge who is the rapporteur, an inspector of the originating inspection or an interested member. */
    private void requireMayJudge(String member, String field, Impartiality impartiality) {
        if (member.equals(rapporteur)) {
            throw new DutyRefused(field, "duty.rapporteur.notSit", member);
        }
        if (isInspector(member, impartiality)) {
            throw new DutyRefused(field, "duty.inspector.notJudge", member);
        }
        if (impartiality.interested().contains(member)) {
            throw new DutyRefused(field, "duty.interest.recused", member);
        }
    }

    private boolean isInspector(String username, Impartiality impartiality) {
        return inspectors.contains(username) || impartiality.inspectors().contains(username);
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw SanctionsException.onField(field, "field.required");
        }
    }

    private void record(String act, Stamp stamp, String detail) {
        timeline.add(new TimelineEntry(act, stamp, detail));
    }

    // ------------------------------------------------------------------ clocks and documents kept by the services

    public void replyClockIs(long clock) {
        this.replyClock = clock;
    }

    public void answerClockIs(long clock) {
        this.answerClock = clock;
    }

    public void hearingClockIs(long clock) {
        this.hearingClock = clock;
    }

    public void appealClockIs(long clock) {
        this.appealClock = clock;
    }

    public void art60ClockIs(long clock) {
        this.art60Clock = clock;
    }

    public void decisionDocumentIs(String documentId) {
        this.decisionDocument = documentId;
    }

    // ------------------------------------------------------------------ reading

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

    public String originNotice() {
        return originNotice;
    }

    public CaseRef originInspection() {
        return originInspection == null ? null : CaseRef.parse(originInspection);
    }

    public Set<String> inspectors() {
        return Set.copyOf(inspectors);
    }

    public List<Breach> breaches() {
        return List.copyOf(breaches);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String rapporteur() {
        return rapporteur;
    }

    public LocalDate rapporteurAppointedOn() {
        return rapporteurAppointedOn;
    }

    public LocalDate reportNotifiedOn() {
        return reportNotifiedOn;
    }

    public LocalDate replyDueOn() {
        return replyDueOn;
    }

    public boolean replyExtended() {
        return replyExtended;
    }

    public LocalDate replyReceivedOn() {
        return replyReceivedOn;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public boolean answerDeclined() {
        return answerDeclined;
    }

    public LocalDate hearingOn() {
        return hearingOn;
    }

    public LocalDate hearingNoticeSentOn() {
        return hearingNoticeSentOn;
    }

    public boolean closedHearingRequested() {
        return closedHearingRequested;
    }

    public LocalDate heardOn() {
        return heardOn;
    }

    public String attendance() {
        return attendance;
    }

    public String minutes() {
        return minutes;
    }

    public Set<String> present() {
        return Set.copyOf(present);
    }

    public String deliberationChair() {
        return deliberationChair;
    }

    public Integer quorum() {
        return quorum;
    }

    public List<Vote> votes() {
        return List.copyOf(votes);
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String fineCalculation() {
        return fineCalculation;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionDocument() {
        return decisionDocument;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public LocalDate appealLodgedOn() {
        return appealLodgedOn;
    }

    public AppealOutcome appealOutcome() {
        return appealOutcome;
    }

    public LocalDate appealOutcomeOn() {
        return appealOutcomeOn;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String publishedName() {
        return publishedName;
    }

    public LocalDate anonymiseOn() {
        return anonymiseOn;
    }

    public LocalDate anonymisedOn() {
        return anonymisedOn;
    }

    public List<PenaltyAccrual> penalties() {
        return List.copyOf(penalties);
    }

    public int art60Round() {
        return art60Round;
    }

    public LocalDate art60SharedOn() {
        return art60SharedOn;
    }

    public LocalDate art65FlaggedOn() {
        return art65FlaggedOn;
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

    public LocalDate nextDueOn() {
        return nextDueOn;
    }

    public Long replyClock() {
        return replyClock;
    }

    public Long answerClock() {
        return answerClock;
    }

    public Long hearingClock() {
        return hearingClock;
    }

    public Long appealClock() {
        return appealClock;
    }

    public Long art60Clock() {
        return art60Clock;
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
