package fr.vigie.inspections.domain;

import fr.vigie.inspections.api.PublishedFinding;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.RecordedEvents;
import fr.vigie.platform.api.Role;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An inspection (contrôle, GDPR Art. 58(1); loi 78-17 art. 19) from its planning to its outcome.
 * Each verb checks that the act is allowed now ({@link #availableActs()}), changes the state and
 * writes the timeline; a refused act changes nothing. Clocks and documents are the platform's:
 * the aggregate only remembers their ids.
 */
@Entity
@Table(schema = "inspections", name = "inspection")
@NamedQuery(name = "Inspection.byReference", query = "SELECT i FROM Inspection i WHERE i.reference = :reference")
@NamedQuery(
        name = "Inspection.byOrigin",
        query = "SELECT i FROM Inspection i WHERE i.originCase = :origin ORDER BY i.id")
public class Inspection {
    static final int MAX_SUBJECT = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    @Column(name = "origin_case", updatable = false)
    private String originCase;

    @Embedded
    private BreachNotification breach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionType type;

    @Column(nullable = false)
    private String theme;

    @Column(name = "planned_year", nullable = false)
    private int year;

    @Column(name = "planned_quarter", nullable = false)
    private int quarter;

    @Embedded
    private Organisation organisation;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionStatus status;

    @Column(name = "lead_inspector")
    private String lead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "inspections", name = "team_member", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "username")
    private Set<String> members = new TreeSet<>();

    @Embedded
    private MissionOrder missionOrder;

    @Embedded
    private Minutes minutes;

    @Embedded
    private Observations observations;

    @Embedded
    private Closure closure;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<Finding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<Addendum> addenda = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Transient
    private final transient RecordedEvents<InspectionEvent> events = new RecordedEvents<>();

    protected Inspection() {
        // for JPA
    }

    /** Opens an inspection, planned in the programme of {@code spec.year()}. */
    public Inspection(InspectionReference reference, NewInspection spec, Stamp stamp) {
        Objects.requireNonNull(reference, "reference");
        String text = spec.checkedSubject(stamp.today());
        this.reference = reference.value();
        this.origin = spec.origin();
        this.originCase = spec.origin() == Origin.COMPLAINT ? spec.originCase().strip() : null;
        this.breach = spec.origin() == Origin.BREACH_NOTIFICATION ? spec.breach() : null;
        this.type = spec.type();
        this.theme = spec.theme().strip();
        this.year = spec.year();
        this.quarter = spec.quarter();
        this.organisation = spec.organisation();
        this.subject = text;
        this.status = InspectionStatus.PLANNED;
        this.openedOn = stamp.today();
        this.openedBy = stamp.actor();
        record(new InspectionEvent.Opened(origin, originCase, organisation, theme, type, year, quarter, stamp));
    }

    // ---------------------------------------------------------------- what may be done now

    /** The acts the inspection allows in its current state, whoever asks. */
    public Set<InspectionAct> availableActs() {
        Set<InspectionAct> acts = EnumSet.noneOf(InspectionAct.class);
        switch (status) {
            case PLANNED -> acts.add(InspectionAct.PREPARE);
            case PREPARED -> {
                if (missionOrder().isSigned()) {
                    acts.add(InspectionAct.CONDUCT);
                } else {
                    acts.add(InspectionAct.PREPARE);
                    acts.add(InspectionAct.SIGN_MISSION_ORDER);
                }
            }
            case CONDUCTED -> {
                acts.add(InspectionAct.WRITE_MINUTES);
                acts.add(InspectionAct.ADD_FINDING);
                acts.add(InspectionAct.ATTACH_EVIDENCE);
                if (!findings.isEmpty()) {
                    acts.add(InspectionAct.REMOVE_FINDING);
                }
                if (minutes != null && minutes.text() != null) {
                    acts.add(InspectionAct.NOTIFY_MINUTES);
                }
            }
            case MINUTES_NOTIFIED -> {
                acts.add(InspectionAct.ADD_ADDENDUM);
                acts.add(InspectionAct.ADD_FINDING);
                acts.add(InspectionAct.ATTACH_EVIDENCE);
                acts.add(InspectionAct.RECORD_OBSERVATIONS);
                acts.add(InspectionAct.RECORD_PERIOD_ELAPSED);
            }
            case OBSERVATIONS_CLOSED -> {
                acts.add(InspectionAct.ADD_ADDENDUM);
                acts.add(InspectionAct.CLOSE);
            }
            case CLOSED -> {
                // nothing: a closed inspection is history
            }
        }
        return acts;
    }

    /** The acts allowed now to someone holding {@code roles}. */
    public Set<InspectionAct> availableActsFor(Set<Role> roles) {
        Set<InspectionAct> acts = EnumSet.noneOf(InspectionAct.class);
        for (InspectionAct act : availableActs()) {
            if (act.allowedTo(roles)) {
                acts.add(act);
            }
        }
        return acts;
    }

    private void require(InspectionAct act) {
        if (!availableActs().contains(act)) {
            throw InspectionException.refused("act.notAllowed", act, status);
        }
    }

    private void requireTeamMember(Stamp stamp) {
        if (!team().contains(stamp.actor())) {
            throw InspectionException.refused("team.notMember", stamp.actor());
        }
    }

    // ---------------------------------------------------------------- verbs

    /**
     * The head chooses the team and drafts the mission order. Separation of duties: nobody who
     * declared an interest in the organisation may be on the team.
     *
     * @param declaredInterests usernames of the inspectors who declared an interest in the organisation
     */
    public void prepare(
            String leadInspector,
            Set<String> otherMembers,
            String place,
            LocalDate visitDate,
            Set<String> declaredInterests,
            Stamp stamp) {
        require(InspectionAct.PREPARE);
        TeamChoice choice = TeamChoice.of(leadInspector, otherMembers, declaredInterests);
        MissionOrder order = MissionOrder.drafted(place, visitDate, stamp.actor(), stamp.today());
        List<String> before = List.copyOf(team());
        this.lead = choice.lead();
        this.members = new TreeSet<>(choice.members());
        this.missionOrder = order;
        this.status = InspectionStatus.PREPARED;
        record(new InspectionEvent.Prepared(before, List.copyOf(team()), order.place(), order.visitDate(), stamp));
    }

    /** The president signs the mission order; {@code pdf} is the document produced for it. */
    public void signMissionOrder(StoredDocument pdf, Stamp stamp) {
        require(InspectionAct.SIGN_MISSION_ORDER);
        missionOrder.signed(stamp.actor(), stamp.today(), pdf.id());
        record(new InspectionEvent.MissionOrderSigned(pdf, stamp));
    }

    /** A member of the team records that the inspection took place. */
    public void conduct(LocalDate conductedOn, Stamp stamp) {
        require(InspectionAct.CONDUCT);
        requireTeamMember(stamp);
        if (conductedOn == null) {
            throw InspectionException.onField("conductedOn", "conduct.date.required");
        }
        if (conductedOn.isAfter(stamp.today())) {
            throw InspectionException.onField("conductedOn", "date.future");
        }
        if (conductedOn.isBefore(missionOrder.signedOn())) {
            throw InspectionException.onField("conductedOn", "conduct.beforeSignature");
        }
        this.status = InspectionStatus.CONDUCTED;
        record(new InspectionEvent.Conducted(conductedOn, stamp));
    }

    /** Writes (or rewrites, until they are notified) the minutes. */
    public void writeMinutes(String peopleMet, String text, Stamp stamp) {
        require(InspectionAct.WRITE_MINUTES);
        requireTeamMember(stamp);
        boolean rewritten = minutes != null && minutes.text() != null;
        this.minutes = Minutes.written(peopleMet, text);
        record(new InspectionEvent.MinutesWritten(rewritten, stamp));
    }

    /**
     * Records a finding. Before notification it is part of the minutes; after, it is an addendum
     * and needs its reason.
     */
    public Finding addFinding(
            String article,
            fr.vigie.inspections.api.FindingSeverity severity,
            String description,
            List<UUID> evidence,
            Reason reason,
            Stamp stamp) {
        require(InspectionAct.ADD_FINDING);
        requireTeamMember(stamp);
        boolean locked = minutesLocked();
        String why = locked ? required(reason) : null;
        Finding finding = new Finding(
                this,
                article,
                severity,
                description,
                evidence == null ? List.of() : evidence,
                locked,
                stamp.actor(),
                stamp.at());
        findings.add(finding);
        if (locked) {
            addenda.add(new Addendum(
                    this,
                    stamp.actor(),
                    stamp.at(),
                    why,
                    "[" + finding.article() + " · " + severity + "] " + finding.description()));
        }
        record(new InspectionEvent.FindingAdded(finding, severity, reason == null ? null : reason.text(), stamp));
        return finding;
    }

    /** Removes a finding of minutes not yet notified (notified minutes are only added to). */
    public void removeFinding(long findingId, Stamp stamp) {
        if (minutesLocked()) {
            throw InspectionException.refused("minutes.locked");
        }
        require(InspectionAct.REMOVE_FINDING);
        requireTeamMember(stamp);
        Finding finding = findings.stream()
                .filter(f -> f.id() != null && f.id() == findingId)
                .findFirst()
                .orElseThrow(() -> InspectionException.onField("finding", "finding.unknown", findingId));
        findings.remove(finding);
        record(new InspectionEvent.FindingRemoved(findingId, finding.article(), stamp));
    }

    /**
     * A document sent as {@code filename} was attached as evidence ({@code stored} by the platform
     * under the inspection; null only to ask whether the act is allowed, which then refuses).
     */
    public void attachEvidence(String filename, StoredDocument stored, Stamp stamp) {
        require(InspectionAct.ATTACH_EVIDENCE);
        requireTeamMember(stamp);
        record(new InspectionEvent.EvidenceAttached(filename, Objects.requireNonNull(stored, "stored"), stamp));
    }

    /**
     * The minutes are notified to the organisation: from now on they are locked, and their
     * SHA-256 (returned) is kept so that any later change is detectable.
     */
    public String notifyMinutes(Stamp stamp) {
        if (minutesLocked()) {
            throw InspectionException.refused("minutes.locked");
        }
        require(InspectionAct.NOTIFY_MINUTES);
        requireTeamMember(stamp);
        String hash = minutesHash();
        minutes.notified(stamp.today(), hash);
        this.status = InspectionStatus.MINUTES_NOTIFIED;
        record(new InspectionEvent.MinutesNotified(hash, findings.size(), stamp));
        return hash;
    }

    /** An addition to notified minutes, with its reason; the minutes themselves never change. */
    public void addAddendum(Reason reason, String text, Stamp stamp) {
        require(InspectionAct.ADD_ADDENDUM);
        requireTeamMember(stamp);
        String why = required(reason);
        addenda.add(new Addendum(this, stamp.actor(), stamp.at(), why, text));
        record(new InspectionEvent.AddendumAdded(why, addenda.size(), stamp));
    }

    /** The observations clock started at notification, due on {@code dueOn}. */
    public void observationsTrackedBy(long clockId, LocalDate dueOn) {
        this.observations = observations().trackedBy(clockId, dueOn);
    }

    /** The organisation's observations arrived on {@code receivedOn}; {@code document} holds them. */
    public void recordObservations(LocalDate receivedOn, StoredDocument document, Stamp stamp) {
        require(InspectionAct.RECORD_OBSERVATIONS);
        this.observations = observations()
                .received(receivedOn, document == null ? null : document.id(), minutes.notifiedOn(), stamp.today());
        this.status = InspectionStatus.OBSERVATIONS_CLOSED;
        record(new InspectionEvent.ObservationsReceived(receivedOn, document, stamp));
    }

    /**
     * The organisation sent nothing and its period ended on {@code periodEnd} (the clock's due date):
     * the head may go on once that day is over.
     */
    public void recordPeriodElapsed(LocalDate periodEnd, Stamp stamp) {
        require(InspectionAct.RECORD_PERIOD_ELAPSED);
        if (periodEnd == null || !stamp.today().isAfter(periodEnd)) {
            throw InspectionException.refused("observations.periodRunning", periodEnd);
        }
        this.status = InspectionStatus.OBSERVATIONS_CLOSED;
        record(new InspectionEvent.ObservationsPeriodElapsed(periodEnd, stamp));
    }

    /** The head closes with an outcome and its reasons. */
    public void close(Outcome chosen, Reason reason, Stamp stamp) {
        require(InspectionAct.CLOSE);
        this.closure = Closure.decided(chosen, reason, !findings.isEmpty(), stamp);
        this.status = InspectionStatus.CLOSED;
        record(new InspectionEvent.Closed(chosen, closure.reason(), stamp));
    }

    /**
     * The letter of a closure with recommendations, produced once the inspection is closed (its
     * content is the closing reasons). Once only: the letter sent is never replaced.
     */
    public void attachClosureLetter(StoredDocument letter) {
        if (status != InspectionStatus.CLOSED || closure == null || !closure.awaitsLetter()) {
            throw new IllegalStateException("No closure letter is expected for " + reference + " now");
        }
        closure.letterSent(letter.id());
        record(new InspectionEvent.ClosureLetterIssued(letter));
    }

    // ---------------------------------------------------------------- helpers

    private boolean minutesLocked() {
        return minutes != null && minutes.isLocked();
    }

    /** SHA-256 of the minutes' text, people met and findings (in order), in hexadecimal. */
    public String minutesHash() {
        return Minutes.hash(minutes, findings);
    }

    /** The reason an act needs, as text; a missing one is refused as the platform refuses a blank one. */
    private static String required(Reason reason) {
        return Reason.require(reason == null ? null : reason.text());
    }

    /** Keeps the fact for the audit trail, and writes its line on the timeline. */
    private void record(InspectionEvent event) {
        events.record(event);
        InspectionEvent.Line line = event.timeline();
        if (line != null) {
            timeline.add(new TimelineEntry(this, line));
        }
    }

    /** The facts recorded by the verbs since the last call, each given once (to the audit trail's writer). */
    public List<InspectionEvent> drainEvents() {
        return events.drain();
    }

    // ---------------------------------------------------------------- reading

    public Long id() {
        return id;
    }

    public InspectionReference reference() {
        return new InspectionReference(reference);
    }

    public Origin origin() {
        return origin;
    }

    public String originCase() {
        return originCase;
    }

    public BreachNotification breach() {
        return breach;
    }

    public InspectionType type() {
        return type;
    }

    public String theme() {
        return theme;
    }

    public int year() {
        return year;
    }

    public int quarter() {
        return quarter;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String subject() {
        return subject;
    }

    public InspectionStatus status() {
        return status;
    }

    public String lead() {
        return lead;
    }

    public Set<String> members() {
        return Collections.unmodifiableSet(members);
    }

    /** Lead first, then the members. */
    public Set<String> team() {
        Set<String> team = new LinkedHashSet<>();
        if (lead != null) {
            team.add(lead);
        }
        team.addAll(members);
        return team;
    }

    /** The mission order (empty until prepared). */
    public MissionOrder missionOrder() {
        return missionOrder == null ? new MissionOrder() : missionOrder;
    }

    public Minutes minutes() {
        return minutes == null ? new Minutes() : minutes;
    }

    /** The organisation's observations (empty until the minutes are notified). */
    public Observations observations() {
        return observations == null ? new Observations() : observations;
    }

    /** How the inspection ended (empty while it is open). */
    public Closure closure() {
        return closure == null ? new Closure() : closure;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String openedBy() {
        return openedBy;
    }

    public long version() {
        return version;
    }

    public List<Finding> findings() {
        return Collections.unmodifiableList(findings);
    }

    public List<PublishedFinding> publishedFindings() {
        return findings.stream()
                .map(f -> new PublishedFinding(f.article(), f.severity(), f.description()))
                .toList();
    }

    public List<Addendum> addenda() {
        return Collections.unmodifiableList(addenda);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Inspection other && reference != null && reference.equals(other.reference));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }

    /**
     * Links the inspection to the organisation's record in the platform's directory (ADR 7). The copy
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
