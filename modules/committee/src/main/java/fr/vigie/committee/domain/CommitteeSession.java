package fr.vigie.committee.domain;

import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.RecordedEvents;
import fr.vigie.platform.api.Stamp;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A meeting of the committee: its date, its agenda (the order in which dossiers are examined), the
 * members present, and the minutes once closed. The agenda is built by the secretary from the
 * dossiers ready for review; reordering or changing it is one act on the session's version, so two
 * secretaries editing the same agenda cannot silently overwrite each other. Each verb records a
 * {@link SessionEvent}, which the application writes to the audit trail.
 */
@Entity
@Table(schema = "committee", name = "committee_session")
@NamedQuery(
        name = "CommitteeSession.byReference",
        query = "SELECT s FROM CommitteeSession s WHERE s.reference = :reference")
public class CommitteeSession {
    static final int MAX_TITLE = 200;
    static final int MAX_AGENDA = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Public name, e.g. {@code SC-2026-0007}; the minutes are stored on the case {@code committee:SC-2026-0007}. */
    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "committee", name = "agenda_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "review_id")
    private List<Long> agenda = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "committee", name = "attendance", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy
    @Column(name = "username")
    private Set<String> attendees = new HashSet<>();

    @Column(name = "convened_at")
    private Instant convenedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "minutes_document_id")
    private String minutesDocument;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Transient
    private final transient RecordedEvents<SessionEvent> events = new RecordedEvents<>();

    protected CommitteeSession() {
        // for JPA
    }

    public CommitteeSession(String reference, LocalDate date, String title, Stamp stamp) {
        this.reference = Objects.requireNonNull(reference, "reference");
        scheduleOn(date, stamp);
        this.title = checkedTitle(title);
        this.status = SessionStatus.PLANNED;
        this.createdBy = stamp.actor();
        events.record(new SessionEvent.Planned(ref(), this.date, this.title));
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw CommitteeException.onField("title", "session.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw CommitteeException.onField("title", "text.tooLong", MAX_TITLE);
        }
        return title.strip();
    }

    private void scheduleOn(LocalDate newDate, Stamp stamp) {
        if (newDate == null) {
            throw CommitteeException.onField("date", "session.date.required");
        }
        if (newDate.isBefore(stamp.today())) {
            throw CommitteeException.onField("date", "session.date.past");
        }
        this.date = newDate;
    }

    // ---------------------------------------------------------------- what may be done now

    /**
     * The acts the session allows on {@code today}, whoever asks. Each verb throws the refusal of
     * its act's guard below, so a page that shows these acts offers only what the verb accepts.
     */
    public Set<SessionAct> availableActs(LocalDate today) {
        Set<SessionAct> acts = EnumSet.noneOf(SessionAct.class);
        for (SessionAct act : SessionAct.values()) {
            Optional<CommitteeException> refusal =
                    switch (act) {
                        case SET_AGENDA, RESCHEDULE -> whyAgendaFrozen();
                        case CONVENE -> whyNotConvene();
                        case OPEN -> whyNotOpen(today);
                        case POSTPONE -> whyNotPostpone();
                        case CLOSE -> whyNotClose();
                    };
            if (refusal.isEmpty()) {
                acts.add(act);
            }
        }
        return acts;
    }

    private Optional<CommitteeException> whyAgendaFrozen() {
        return status.agendaEditable()
                ? Optional.empty()
                : Optional.of(CommitteeException.refused("session.agenda.frozen", reference));
    }

    /** Convening again (after a change) is allowed until the session opens; an empty agenda convenes nobody. */
    private Optional<CommitteeException> whyNotConvene() {
        if (!status.agendaEditable()) {
            return Optional.of(transitionRefused(SessionStatus.CONVENED));
        }
        if (agenda.isEmpty()) {
            return Optional.of(CommitteeException.onField("agenda", "session.agenda.empty"));
        }
        return Optional.empty();
    }

    /** Attendance is recorded on the session's day or later, and corrected while it is in progress. */
    private Optional<CommitteeException> whyNotOpen(LocalDate today) {
        if (status != SessionStatus.CONVENED && status != SessionStatus.IN_PROGRESS) {
            return Optional.of(transitionRefused(SessionStatus.IN_PROGRESS));
        }
        if (today.isBefore(date)) {
            return Optional.of(CommitteeException.refused("session.notYet", date));
        }
        return Optional.empty();
    }

    private Optional<CommitteeException> whyNotPostpone() {
        return status == SessionStatus.IN_PROGRESS || status.agendaEditable()
                ? Optional.empty()
                : Optional.of(CommitteeException.refused("session.closed", reference));
    }

    private Optional<CommitteeException> whyNotClose() {
        return status == SessionStatus.IN_PROGRESS
                ? Optional.empty()
                : Optional.of(transitionRefused(SessionStatus.CLOSED));
    }

    private CommitteeException transitionRefused(SessionStatus to) {
        return CommitteeException.refused("session.transition", reference, status.name(), to.name());
    }

    private static void require(Optional<CommitteeException> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    // ---------------------------------------------------------------- verbs

    /**
     * Sets the whole agenda in the given order: dossiers added are placed on it, dossiers dropped go
     * back to the dossiers ready for review. Reordering is the same act with the same dossiers.
     *
     * @param ordered the reviews in the order of examination (each once)
     * @param all     the reviews named in {@code ordered} and those currently on the agenda, by id
     * @param reason  why, null when the act needs none (the service requires one once convened)
     * @return the reviews that left the agenda
     */
    public List<Review> arrangeAgenda(List<Review> ordered, Map<Long, Review> all, Reason reason) {
        require(whyAgendaFrozen());
        if (ordered.size() > MAX_AGENDA) {
            throw CommitteeException.onField("agenda", "session.agenda.tooLong", MAX_AGENDA);
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (Review r : ordered) {
            if (!wanted.add(r.id())) {
                throw CommitteeException.onField("agenda", "session.agenda.duplicate", r.reference());
            }
        }
        List<Long> before = List.copyOf(agenda);
        List<Review> removed = new ArrayList<>();
        for (Long current : agenda) {
            if (!wanted.contains(current)) {
                Review r = all.get(current);
                r.takeOffAgenda();
                removed.add(r);
            }
        }
        for (Review r : ordered) {
            r.placeOn(id);
        }
        agenda.clear();
        agenda.addAll(wanted);
        events.record(new SessionEvent.AgendaSet(
                ref(),
                references(before, all),
                references(agenda, all),
                removed.stream().map(Review::dossier).toList(),
                ordered.stream()
                        .filter(r -> !before.contains(r.id()))
                        .map(Review::dossier)
                        .toList(),
                reason == null ? null : reason.text()));
        return removed;
    }

    private static List<String> references(List<Long> ids, Map<Long, Review> all) {
        return ids.stream()
                .map(id -> all.containsKey(id) ? all.get(id).reference() : String.valueOf(id))
                .toList();
    }

    /** A dossier examined but not decided (e.g. information missing) goes back to the dossiers ready for review. */
    public void postpone(Review review, Reason reason) {
        leave(review);
        events.record(new SessionEvent.ReviewPostponed(ref(), review.dossier(), review.stage(), reason.text()));
    }

    /**
     * A dossier the dossiers module withdrew leaves the agenda unexamined. Nothing is recorded here:
     * the review's withdrawal is the record of it.
     */
    public void release(Review review) {
        leave(review);
    }

    private void leave(Review review) {
        require(whyNotPostpone());
        if (!agenda.remove(review.id())) {
            throw CommitteeException.refused("review.notOnAgenda", review.reference());
        }
        review.takeOffAgenda();
    }

    /** The agenda is sent to the members. Convening again (after a change) is allowed before the session opens. */
    public void convene(Stamp stamp) {
        require(whyNotConvene());
        SessionStatus before = status;
        this.status = SessionStatus.CONVENED;
        this.convenedAt = stamp.at();
        events.record(new SessionEvent.Convened(ref(), before, status, agenda.size()));
    }

    /**
     * The session starts: the secretary records who is present (members of the roster). Attendance
     * can be corrected while the session is in progress (a member arrives late).
     */
    public void open(Set<CommitteeMember> present, Stamp stamp) {
        require(whyNotOpen(stamp.today()));
        if (present.isEmpty()) {
            throw CommitteeException.onField("attendees", "session.attendees.required");
        }
        for (CommitteeMember m : present) {
            if (!m.isActive()) {
                throw CommitteeException.onField("attendees", "session.attendee.notMember", m.username());
            }
        }
        SessionStatus before = status;
        List<String> attendeesBefore = List.copyOf(attendees());
        attendees.clear();
        present.forEach(m -> attendees.add(m.username()));
        if (status == SessionStatus.CONVENED) {
            this.openedAt = stamp.at();
        }
        this.status = SessionStatus.IN_PROGRESS;
        events.record(new SessionEvent.Opened(ref(), before, status, attendeesBefore, List.copyOf(attendees())));
    }

    /**
     * Closes the session with its minutes. Every dossier on the agenda must have its opinion adopted
     * (or have been postponed or withdrawn, which takes it off the agenda).
     *
     * @param undecided the agenda's dossiers still without an opinion
     */
    public void close(List<Review> undecided, UUID minutes, Stamp stamp) {
        require(whyNotClose());
        if (!undecided.isEmpty()) {
            throw CommitteeException.refused(
                    "session.undecided",
                    String.join(
                            ", ",
                            new TreeSet<>(
                                    undecided.stream().map(Review::reference).toList())));
        }
        SessionStatus before = status;
        this.minutesDocument = Objects.requireNonNull(minutes, "minutes").toString();
        this.closedAt = stamp.at();
        this.status = SessionStatus.CLOSED;
        events.record(new SessionEvent.Closed(ref(), before, status, minutes));
    }

    /** Moves the session to another day (before it opens). */
    public void reschedule(LocalDate newDate, String newTitle, Reason reason, Stamp stamp) {
        require(whyAgendaFrozen());
        LocalDate before = date;
        scheduleOn(newDate, stamp);
        this.title = checkedTitle(newTitle == null ? title : newTitle);
        events.record(new SessionEvent.Rescheduled(ref(), before, date, reason.text()));
    }

    /** The events the verbs recorded since the session was loaded, for the one place that writes them. */
    public RecordedEvents<SessionEvent> events() {
        return events;
    }

    public boolean isPresent(String username) {
        return attendees.contains(username);
    }

    /** Review ids in agenda order, with their position (1-based), for the minutes. */
    public Map<Long, Integer> positions() {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < agenda.size(); i++) {
            positions.put(agenda.get(i), i + 1);
        }
        return positions;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public SessionRef ref() {
        return new SessionRef(reference);
    }

    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }

    public SessionStatus status() {
        return status;
    }

    public List<Long> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public Set<String> attendees() {
        return Collections.unmodifiableSet(new TreeSet<>(attendees));
    }

    public Instant convenedAt() {
        return convenedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public UUID minutesDocument() {
        return minutesDocument == null ? null : UUID.fromString(minutesDocument);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitteeSession other && reference != null && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
