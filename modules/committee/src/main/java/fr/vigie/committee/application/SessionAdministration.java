package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.committee.domain.SessionStatus;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.mail.Mailer;
import fr.vigie.platform.api.notification.Notifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The secretary's use cases: plan sessions, build and reorder agendas, convene the members, record
 * attendance, appoint rapporteurs, postpone a dossier, close the session with its minutes. Each act
 * names the version the secretary saw (a concurrent change is a {@link ConflictException}) and is
 * audited with its reason.
 */
@Stateless
@RolesAllowed(Roles.DAC_SECRETARY)
public class SessionAdministration {
    @Inject
    SessionRepository sessions;

    @Inject
    ReviewRepository reviews;

    @Inject
    MemberRepository members;

    @Inject
    Recusals recusals;

    @Inject
    MinutesRenderer minutes;

    @Inject
    DocumentStore documents;

    @Inject
    Notifier notifier;

    @Inject
    CommitteeEventLog log;

    @Inject
    Stamps stamps;

    @Inject
    Mailer mailer;

    public long plan(LocalDate date, String title) {
        Stamp stamp = stamps.now();
        CommitteeSession session =
                new CommitteeSession(sessions.nextReference(stamp.today().getYear()), date, title, stamp);
        sessions.store(session);
        sessions.flush();
        log.write(session);
        return session.id();
    }

    public void reschedule(long sessionId, long expectedVersion, LocalDate date, String title, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        session.reschedule(date, title, reason, stamps.now());
        sessions.flush();
        log.write(session);
        if (session.status() == SessionStatus.CONVENED) {
            notifyMembers(session, "committee.notify.rescheduled");
        }
    }

    /**
     * Sets the agenda (the dossiers and their order). Once the members were convened a reason is
     * required and they are told of the new agenda.
     *
     * @param reason null when none was given (refused once the members were convened)
     */
    public void setAgenda(long sessionId, long expectedVersion, List<Long> reviewIds, Reason reason) {
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        if (session.status() == SessionStatus.CONVENED && reason == null) {
            throw DomainException.onField("reason", "error.reason.required");
        }
        Set<Long> ids = new LinkedHashSet<>(reviewIds);
        ids.addAll(session.agenda());
        Map<Long, Review> all = new HashMap<>();
        reviews.findAll(ids).forEach(r -> all.put(r.id(), r));
        List<Review> ordered = new ArrayList<>();
        for (Long id : reviewIds) {
            Review r = all.get(id);
            if (r == null) {
                throw CommitteeException.onField("agenda", "session.agenda.unknownReview", id);
            }
            ordered.add(r);
        }
        session.arrangeAgenda(ordered, all, reason);
        recusals.detect(ordered);
        sessions.flush();
        reviews.flush();
        log.write(session);
        if (session.status() == SessionStatus.CONVENED) {
            notifyMembers(session, "committee.notify.agendaChanged");
        }
    }

    /**
     * Sends the agenda to every member of the roster: an in-application notification each, and one
     * e-mail (members in blind copy) after the commit when mail is enabled.
     */
    public void convene(long sessionId, long expectedVersion) {
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        session.convene(stamps.now());
        sessions.flush();
        log.write(session);
        notifyMembers(session, "committee.notify.convened");
        mailer.sendToUsers(
                members.active().stream().map(CommitteeMember::username).toList(),
                ConveningMail.compose(session, agendaInOrder(session)));
    }

    private List<Review> agendaInOrder(CommitteeSession session) {
        Map<Long, Review> byId = new HashMap<>();
        reviews.findAll(session.agenda()).forEach(r -> byId.put(r.id(), r));
        return session.agenda().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Opens the session with the members present (or corrects the attendance while in progress). */
    public void open(long sessionId, long expectedVersion, Set<String> attendees) {
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        Set<CommitteeMember> present = new HashSet<>();
        for (String username : attendees == null ? Set.<String>of() : attendees) {
            present.add(members.findByUsername(username)
                    .orElseThrow(
                            () -> CommitteeException.onField("attendees", "session.attendee.notMember", username)));
        }
        session.open(present, stamps.now());
        sessions.flush();
        log.write(session);
    }

    /** Appoints (or replaces) the rapporteur of a dossier; a member recused from it cannot be appointed. */
    public void assignRapporteur(long reviewId, long expectedVersion, String username, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        Review review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        if (review.version() != expectedVersion) {
            throw new ConflictException(review.reference());
        }
        CommitteeMember member = members.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> CommitteeException.onField("rapporteur", "review.rapporteur.notMember"));
        recusals.detect(review, member);
        review.assignRapporteur(member, reason);
        reviews.flush();
        log.write(review);
        notifier.notify(
                member.username(),
                "committee.notify.rapporteur",
                review.dossier(),
                "/committee/review.xhtml?id=" + review.id(),
                review.reference());
    }

    /** The committee examined the dossier but did not decide: it goes back to the dossiers ready for review. */
    public void postpone(long sessionId, long expectedVersion, long reviewId, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        Review review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        session.postpone(review, reason);
        sessions.flush();
        reviews.flush();
        log.write(session);
    }

    /** Closes the session: the minutes (PDF) are produced and stored as a document of the session. */
    public UUID close(long sessionId, long expectedVersion) {
        CommitteeSession session = loadForEdit(sessionId, expectedVersion);
        Stamp stamp = stamps.now();
        List<Review> onAgenda = reviews.findAll(session.agenda());
        List<Review> undecided = onAgenda.stream()
                .filter(r -> r.stage() != ReviewStage.OPINION_ADOPTED)
                .toList();
        if (!undecided.isEmpty()) {
            session.close(undecided, UUID.randomUUID(), stamp); // throws with the list of undecided dossiers
        }
        Map<String, String> names = new HashMap<>();
        members.active().forEach(m -> names.put(m.username(), m.displayName()));
        byte[] pdf = minutes.render(session, onAgenda, names, stamp);
        DocumentInfo stored = documents.storeGenerated(
                CommitteeAudit.sessionRef(session),
                "proces-verbal-" + session.reference() + ".pdf",
                "application/pdf",
                pdf);
        session.close(List.of(), stored.id(), stamp);
        sessions.flush();
        log.write(session);
        return stored.id();
    }

    private void notifyMembers(CommitteeSession session, String key) {
        for (CommitteeMember m : members.active()) {
            notifier.notify(
                    m.username(),
                    key,
                    CommitteeAudit.sessionRef(session),
                    "/committee/session.xhtml?id=" + session.id(),
                    session.reference(),
                    session.date().toString());
        }
    }

    CommitteeSession loadForEdit(long sessionId, long expectedVersion) {
        CommitteeSession session =
                sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        if (session.version() != expectedVersion) {
            throw new ConflictException(session.reference());
        }
        return session;
    }
}
