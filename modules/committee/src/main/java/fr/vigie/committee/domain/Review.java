package fr.vigie.committee.domain;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.OpinionKind;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Reason;
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
import jakarta.persistence.OrderColumn;
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
 * The committee's review of one referred dossier, from referral to the adopted reasoned opinion
 * (or withdrawal). It holds a copy of what members need to see of the dossier ({@link DossierSnapshot}:
 * the committee never reads the dossiers' tables), the rapporteur, the recusals, the votes and the
 * {@link Opinion} from draft to adoption. Identity is the database id; the dossier's {@link CaseRef}
 * is unique among reviews. Each verb records a {@link ReviewEvent}, which the application writes to
 * the audit trail.
 */
@Entity
@Table(schema = "committee", name = "review")
@NamedQuery(name = "Review.byDossier", query = "SELECT r FROM Review r WHERE r.dossier = :dossier")
@NamedQuery(name = "Review.onSession", query = "SELECT r FROM Review r WHERE r.session = :session")
@NamedQuery(
        name = "Review.openForSirenOrName",
        query = "SELECT r FROM Review r WHERE r.stage IN :stages AND (r.applicantOrganisationId = :organisationId"
                + " OR r.snapshot.applicantSiren = :siren OR r.snapshot.applicantKey = :nameKey)")
@NamedQuery(
        name = "Review.openForName",
        query = "SELECT r FROM Review r WHERE r.stage IN :stages"
                + " AND (r.applicantOrganisationId = :organisationId OR r.snapshot.applicantKey = :nameKey)")
public class Review {
    static final int MAX_INTEREST = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code dossiers:DA-2026-000042}, as {@link CaseRef#toString()}. */
    @Column(name = "dossier_ref", nullable = false, updatable = false, unique = true)
    private String dossier;

    @Embedded
    private DossierSnapshot snapshot;

    /**
     * The applicant's record in the platform's directory (ADR 7, committee V4), null while not linked: set at
     * referral from the applicant's SIREN (so that recusals compare directory ids from the first day), and by
     * the "organisation directory backfill" system task for reviews referred before.
     */
    @Column(name = "organisation_id")
    private Long applicantOrganisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "committee", name = "review_document", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "document_id")
    private List<UUID> documents = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStage stage;

    @Column(name = "session_id")
    private Long session;

    private String rapporteur;

    @Embedded
    private Opinion opinion = Opinion.none();

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "referred_at", nullable = false, updatable = false)
    private Instant referredAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Transient
    private final transient RecordedEvents<ReviewEvent> events = new RecordedEvents<>();

    @Version
    private long version;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("castAt ASC, id ASC")
    private List<Vote> votes = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("recordedAt ASC, id ASC")
    private List<Recusal> recusals = new ArrayList<>();

    protected Review() {
        // for JPA
    }

    /** A dossier referred for review: it waits for a session. */
    public Review(DossierForReview dossier, Stamp stamp) {
        this.dossier = dossier.dossier().toString();
        copy(dossier);
        this.stage = ReviewStage.AWAITING_SESSION;
        this.referredOn = stamp.today();
        this.referredAt = stamp.at();
        events.record(new ReviewEvent.Referred(dossier(), stage, snapshot.opinionDueDate(), snapshot.applicantName()));
    }

    private void copy(DossierForReview d) {
        this.snapshot = DossierSnapshot.of(d);
        this.documents.clear();
        this.documents.addAll(d.documents());
    }

    /** A new referral of the same dossier while under review: members see the new facts (e.g. a new due date). */
    public void refresh(DossierForReview dossier) {
        require(whyClosed());
        var dueBefore = snapshot.opinionDueDate();
        copy(dossier);
        events.record(new ReviewEvent.ReferralRefreshed(dossier(), dueBefore, snapshot.opinionDueDate()));
    }

    // ------------------------------------------------------------------ what may be done now

    /**
     * The acts the review allows now, whoever asks. Each verb throws the refusal of its act's guard
     * below, so a page that shows these acts offers only what the verb accepts.
     *
     * @param sitting the session whose agenda the dossier is on, null when on none
     * @param tally   the count at that session, null when on none
     */
    public Set<ReviewAct> availableActs(CommitteeSession sitting, Tally tally) {
        checkSitting(sitting);
        Set<ReviewAct> acts = EnumSet.noneOf(ReviewAct.class);
        for (ReviewAct act : ReviewAct.values()) {
            Optional<CommitteeException> refusal =
                    switch (act) {
                        case ASSIGN_RAPPORTEUR, DRAFT_OPINION -> whyClosed();
                        case VOTE -> whyNoVote(sitting);
                        case CAST_DECIDING_VOTE -> whyNoCastingVote(sitting, tally);
                        case ADOPT_OPINION -> whyNoAdoption(sitting);
                    };
            if (refusal.isEmpty()) {
                acts.add(act);
            }
        }
        return acts;
    }

    private Optional<CommitteeException> whyClosed() {
        return stage.isOpen()
                ? Optional.empty()
                : Optional.of(CommitteeException.refused("review.closed", dossier, stage.name()));
    }

    /** Votes are cast in session, until the opinion is adopted. */
    private Optional<CommitteeException> whyNoVote(CommitteeSession sitting) {
        if (sitting == null) {
            return Optional.of(CommitteeException.refused("review.notOnAgenda", reference()));
        }
        if (sitting.status() != SessionStatus.IN_PROGRESS) {
            return Optional.of(CommitteeException.refused("vote.sessionNotInProgress", sitting.reference()));
        }
        if (stage != ReviewStage.ON_AGENDA) {
            return Optional.of(CommitteeException.refused("vote.closed", dossier));
        }
        return Optional.empty();
    }

    /** The casting vote settles a tie only: with the quorum, once every eligible member voted. */
    private Optional<CommitteeException> whyNoCastingVote(CommitteeSession sitting, Tally tally) {
        if (sitting == null) {
            return Optional.of(CommitteeException.refused("review.notOnAgenda", reference()));
        }
        if (stage != ReviewStage.ON_AGENDA) {
            return Optional.of(CommitteeException.refused("vote.closed", dossier));
        }
        if (!tally.quorumReached()) {
            return Optional.of(CommitteeException.refused(
                    "tally.noQuorum", tally.eligible().size(), tally.quorum()));
        }
        if (!tally.complete()) {
            return Optional.of(CommitteeException.refused("tally.incomplete", String.join(", ", tally.missing())));
        }
        if (!tally.tie()) {
            return Optional.of(CommitteeException.refused("castingVote.noTie"));
        }
        return Optional.empty();
    }

    /**
     * The opinion is adopted in session. Whether the count decides one is the adoption's own check
     * ({@link Tally#decidedOpinion()}): the act is offered, and its refusal says what is missing.
     */
    private Optional<CommitteeException> whyNoAdoption(CommitteeSession sitting) {
        if (sitting == null) {
            return Optional.of(CommitteeException.refused("review.notOnAgenda", reference()));
        }
        if (sitting.status() != SessionStatus.IN_PROGRESS) {
            return Optional.of(CommitteeException.refused("vote.sessionNotInProgress", sitting.reference()));
        }
        if (stage != ReviewStage.ON_AGENDA) {
            return Optional.of(CommitteeException.refused("review.notOnAgenda", dossier));
        }
        return Optional.empty();
    }

    /** The caller names the session the dossier is on: any other is a programming error, not a refusal. */
    private void checkSitting(CommitteeSession sitting) {
        if (sitting != null && !Objects.equals(sitting.id(), session)) {
            throw new IllegalArgumentException(dossier + " is not on the agenda of " + sitting.reference());
        }
    }

    private static void require(Optional<CommitteeException> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    // ------------------------------------------------------------------ agenda

    /** Put on a session's agenda (the session checks its own state). */
    void placeOn(long sessionId) {
        if (stage == ReviewStage.ON_AGENDA && Objects.equals(session, sessionId)) {
            return;
        }
        if (stage != ReviewStage.AWAITING_SESSION) {
            throw CommitteeException.refused("review.notAwaiting", dossier, stage.name());
        }
        this.stage = ReviewStage.ON_AGENDA;
        this.session = sessionId;
    }

    /** Taken off an agenda (agenda changed, or postponed at the session): back to the dossiers ready for review. */
    void takeOffAgenda() {
        if (stage != ReviewStage.ON_AGENDA) {
            throw CommitteeException.refused("review.notOnAgenda", dossier);
        }
        this.stage = ReviewStage.AWAITING_SESSION;
        this.session = null;
        this.opinion = opinion().withoutCastingVote();
    }

    // ------------------------------------------------------------------ rapporteur

    /** The member who studies the dossier and drafts the opinion. A recused member cannot be rapporteur. */
    public void assignRapporteur(CommitteeMember member, Reason reason) {
        require(whyClosed());
        if (member == null || !member.isActive()) {
            throw CommitteeException.onField("rapporteur", "review.rapporteur.notMember");
        }
        if (isRecused(member.username()) || interestOf(member).isPresent()) {
            throw CommitteeException.onField("rapporteur", "review.rapporteur.recused", member.displayName());
        }
        String before = rapporteur;
        this.rapporteur = member.username();
        events.record(new ReviewEvent.RapporteurAssigned(dossier(), before, rapporteur, reason.text()));
    }

    /** The rapporteur's draft opinion, from which the committee's reasoned opinion is written. */
    public void draftOpinion(String actor, OpinionKind kind, String reasoning) {
        require(whyClosed());
        if (!actor.equals(rapporteur)) {
            throw CommitteeException.forbidden("review.draft.notRapporteurForbidden");
        }
        OpinionKind before = opinion().draftKind();
        this.opinion = opinion().drafted(kind, reasoning);
        events.record(new ReviewEvent.OpinionDrafted(dossier(), before, kind));
    }

    // ------------------------------------------------------------------ recusal and votes

    /**
     * Records the recusal of a member with an interest in the applicant; false if already recorded.
     *
     * @param interest the declaration that causes it, in full (the recusal keeps its first {@value #MAX_INTEREST} characters)
     */
    public boolean recuse(String username, String interest, Instant at) {
        if (isRecused(username)) {
            return false;
        }
        recusals.add(new Recusal(
                this, username, interest.length() > MAX_INTEREST ? interest.substring(0, MAX_INTEREST) : interest, at));
        String rapporteurBefore = rapporteur;
        if (username.equals(rapporteur)) {
            // A rapporteur who declares an interest afterwards cannot stay: the secretary appoints another.
            this.rapporteur = null;
            this.opinion = opinion().withoutDraft();
        }
        events.record(new ReviewEvent.MemberRecused(dossier(), username, interest, rapporteurBefore, rapporteur));
        return true;
    }

    public boolean isRecused(String username) {
        return recusals.stream().anyMatch(r -> r.username().equals(username));
    }

    /**
     * A member's vote at the session whose agenda the dossier is on, or a change of it. Only a member
     * recorded as present votes.
     *
     * @param sitting         the session whose agenda the dossier is on, null when on none
     * @param expectedVersion the version of the member's vote they changed, null for a first vote
     */
    public Vote vote(
            CommitteeSession sitting,
            String voter,
            VoteChoice choice,
            String remarks,
            Long expectedVersion,
            Instant at) {
        checkSitting(sitting);
        if (isRecused(voter)) {
            throw CommitteeException.forbidden("vote.recusedForbidden", dossier);
        }
        require(whyNoVote(sitting));
        requirePresent(sitting, voter);
        String text = Vote.checkedRemarks(choice, remarks);
        Optional<Vote> existing = voteOf(voter);
        Vote vote;
        VoteChoice before = null;
        if (existing.isPresent()) {
            vote = existing.get();
            if (expectedVersion == null || expectedVersion != vote.version()) {
                throw new ConflictException("vote " + dossier + " / " + voter);
            }
            before = vote.choice();
            vote.change(choice, text, at);
        } else {
            if (expectedVersion != null) {
                throw new ConflictException("vote " + dossier + " / " + voter);
            }
            vote = new Vote(this, session, voter, choice, text, at);
            votes.add(vote);
        }
        events.record(
                new ReviewEvent.VoteRecorded(dossier(), voter, before, vote.choice(), vote.remarks(), sitting.ref()));
        return vote;
    }

    /** The votes cast at the current session (votes of an earlier session the dossier was postponed from do not count). */
    public List<Vote> currentVotes() {
        return votes.stream()
                .filter(v -> session != null && v.session() == session)
                .toList();
    }

    public Optional<Vote> voteOf(String voter) {
        return currentVotes().stream().filter(v -> v.voter().equals(voter)).findFirst();
    }

    /**
     * The chair settles a tie. Only on a complete, quorate tie; the chair may not be recused and
     * must be present.
     *
     * @param sitting the session whose agenda the dossier is on, null when on none
     * @param tally   the count at that session, null when on none
     */
    public void castDecidingVote(CommitteeSession sitting, String chair, OpinionKind kind, Tally tally, Reason reason) {
        checkSitting(sitting);
        if (isRecused(chair)) {
            throw CommitteeException.forbidden("vote.recusedForbidden", dossier);
        }
        require(whyNoCastingVote(sitting, tally));
        requirePresent(sitting, chair);
        this.opinion = opinion().withCastingVote(kind, chair);
        events.record(new ReviewEvent.CastingVoteGiven(dossier(), chair, kind, reason.text()));
    }

    // ------------------------------------------------------------------ opinion

    /**
     * Adopts the committee's reasoned opinion, on the day of its session: its kind is what the votes
     * (and the casting vote) decided, never chosen by hand; the reasoning starts from the
     * rapporteur's draft.
     *
     * @param sitting the session whose agenda the dossier is on, null when on none
     * @param tally   the count at that session, null when on none
     */
    public OpinionKind adopt(
            CommitteeSession sitting, Tally tally, String reasoning, String reservations, Stamp stamp) {
        checkSitting(sitting);
        require(whyNoAdoption(sitting));
        OpinionKind kind = tally.decidedOpinion();
        this.opinion = opinion().adopted(kind, reasoning, reservations, sitting.date(), stamp.actor());
        ReviewStage before = stage;
        this.closedOn = stamp.today();
        this.stage = ReviewStage.OPINION_ADOPTED;
        events.record(new ReviewEvent.OpinionAdopted(
                dossier(), before, stage, kind, tally, opinion.castingVote(), sitting.ref()));
        return kind;
    }

    private void requirePresent(CommitteeSession sitting, String member) {
        if (!sitting.isPresent(member)) {
            throw CommitteeException.refused("vote.notPresent", sitting.reference());
        }
    }

    /** The reservations the members attached to their votes, one per line, to start the opinion's reservations from. */
    public String gatheredReservations() {
        return String.join(
                "\n",
                currentVotes().stream()
                        .filter(v -> v.choice() == VoteChoice.FAVOURABLE_WITH_RESERVATIONS && v.remarks() != null)
                        .map(Vote::remarks)
                        .toList());
    }

    /** The dossiers module ended the review (withdrawn dossier, tacit opinion). */
    public void withdraw(Reason reason, Stamp stamp) {
        require(whyClosed());
        ReviewStage before = stage;
        this.withdrawalReason = reason.text();
        this.stage = ReviewStage.WITHDRAWN;
        this.closedOn = stamp.today();
        events.record(new ReviewEvent.Withdrawn(dossier(), before, stage, withdrawalReason));
    }

    /** The events the verbs recorded since the review was loaded, for the one place that writes them. */
    public RecordedEvents<ReviewEvent> events() {
        return events;
    }

    // ------------------------------------------------------------------ reading

    public Long id() {
        return id;
    }

    public CaseRef dossier() {
        return CaseRef.parse(dossier);
    }

    public String reference() {
        return dossier().reference();
    }

    /** What members see of the dossier, as last referred. */
    public DossierSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The interest the member declared in this dossier's applicant, if any: by directory id when both the
     * declaration and the review are linked, else by SIREN or name ({@link Organisations}).
     */
    public Optional<Interest> interestOf(CommitteeMember member) {
        return member.interestIn(applicantOrganisationId, snapshot.applicantName(), snapshot.applicantSiren());
    }

    /** The applicant's directory id, if the review is linked. */
    public Optional<Long> applicantOrganisationId() {
        return Optional.ofNullable(applicantOrganisationId);
    }

    /** Links the review to the applicant's directory record (once known; the backfill does the same in SQL). */
    public void linkApplicantToDirectory(long directoryId) {
        this.applicantOrganisationId = directoryId;
    }

    public List<UUID> documents() {
        return Collections.unmodifiableList(documents);
    }

    public ReviewStage stage() {
        return stage;
    }

    public Long session() {
        return session;
    }

    public String rapporteur() {
        return rapporteur;
    }

    /** The opinion from the rapporteur's draft to its adoption; empty (never null) before a draft. */
    public Opinion opinion() {
        return opinion == null ? Opinion.none() : opinion;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public long version() {
        return version;
    }

    public List<Recusal> recusals() {
        return Collections.unmodifiableList(recusals);
    }

    public List<Vote> votes() {
        return Collections.unmodifiableList(votes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Review other && dossier != null && dossier.equals(other.dossier);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(dossier);
    }
}
