package fr.vigie.committee.web;

import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.SessionAdministration;
import fr.vigie.committee.application.Views;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A session: its agenda (the secretary adds dossiers ready for review, moves them up and down,
 * removes them, then saves the whole order in one act on the session's version), convening,
 * attendance and closure with the minutes. The buttons are the acts the session allows the current
 * user now ({@link #may(String)}).
 */
@Named("committeeSession")
@ViewScoped
public class SessionBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CommitteeQueries queries;

    @Inject
    transient SessionAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private long id;
    private Views.SessionView session;
    /** The agenda being edited, in order; saved with {@link #saveAgenda()}. */
    private List<Item> draft = new ArrayList<>();

    private List<Views.ReadyReview> ready = List.of();
    private List<Views.MemberView> roster = List.of();
    private List<String> attendees = new ArrayList<>();
    private String reason;
    private boolean conflict;
    private boolean agendaChanged;
    private java.time.LocalDate newDate;
    private String newTitle;
    private String rescheduleReason;

    public void load() throws IOException {
        try {
            reload();
        } catch (NotFoundException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public void reload() {
        session = queries.session(id);
        draft = new ArrayList<>(session.agenda().stream()
                .map(a -> new Item(a.reviewId(), a.reference(), a.title(), a.applicantName(), a.opinionDueDate()))
                .toList());
        if (isSecretary()) {
            ready = queries.awaitingSession(200);
            roster = queries.roster();
        }
        attendees = new ArrayList<>(session.attendees());
        conflict = false;
        agendaChanged = false;
    }

    // ---------------------------------------------------------------- agenda editing (in the page, then saved)

    public void add(Views.ReadyReview review) {
        if (draft.stream().noneMatch(i -> i.reviewId() == review.id())) {
            draft.add(new Item(
                    review.id(), review.reference(), review.title(), review.applicantName(), review.opinionDueDate()));
            agendaChanged = true;
        }
    }

    public void up(int index) {
        if (index > 0 && index < draft.size()) {
            draft.add(index - 1, draft.remove(index));
            agendaChanged = true;
        }
    }

    public void down(int index) {
        if (index >= 0 && index < draft.size() - 1) {
            draft.add(index + 1, draft.remove(index));
            agendaChanged = true;
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < draft.size()) {
            draft.remove(index);
            agendaChanged = true;
        }
    }

    /** Dossiers ready for review that are not already in the edited agenda. */
    public List<Views.ReadyReview> getAvailable() {
        return ready.stream()
                .filter(r -> draft.stream().noneMatch(i -> i.reviewId() == r.id()))
                .toList();
    }

    public void saveAgenda() {
        List<Long> ids = draft.stream().map(Item::reviewId).toList();
        if (Pages.ACTS.run(
                "agendaForm",
                () -> administration.setAgenda(id, session.version(), ids, Reason.optional(reason)),
                this::conflicted)) {
            reason = null;
            reload();
        }
    }

    public void convene() {
        if (Pages.ACTS.run("agendaForm", () -> administration.convene(id, session.version()), this::conflicted)) {
            reload();
        }
    }

    public void open() {
        if (Pages.ACTS.run(
                "attendanceForm",
                () -> administration.open(id, session.version(), Set.copyOf(attendees)),
                this::conflicted)) {
            reload();
        }
    }

    public void close() {
        if (Pages.ACTS.run("sessionForm", () -> administration.close(id, session.version()), this::conflicted)) {
            reload();
        }
    }

    /** Fills the reschedule dialog with the session's current date and title. */
    public void prepareReschedule() {
        newDate = session.date();
        newTitle = session.title();
        rescheduleReason = null;
    }

    public void reschedule() {
        if (Pages.ACTS.run(
                "rescheduleForm",
                () -> administration.reschedule(id, session.version(), newDate, newTitle, Reason.of(rescheduleReason)),
                this::conflicted)) {
            reload();
        }
    }

    private void conflicted() {
        conflict = true;
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isSecretary() {
        return currentUser.hasRole(Role.DAC_SECRETARY);
    }

    /**
     * Whether the current user may do {@code act} ({@code SessionAct} name) now: asked of the session
     * through the application, never decided here.
     */
    public boolean may(String act) {
        return session != null && session.may(act);
    }

    public String minutesUrl() {
        return session.minutesDocument() == null
                ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/documents/"
                        + session.minutesDocument();
    }

    public Views.SessionView getSession() {
        return session;
    }

    public List<Item> getDraft() {
        return draft;
    }

    public List<Views.MemberView> getRoster() {
        return roster;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees == null ? new ArrayList<>() : new ArrayList<>(attendees);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public java.time.LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(java.time.LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getRescheduleReason() {
        return rescheduleReason;
    }

    public void setRescheduleReason(String rescheduleReason) {
        this.rescheduleReason = rescheduleReason;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isAgendaChanged() {
        return agendaChanged;
    }

    /** One line of the agenda being edited. */
    public record Item(
            long reviewId, String reference, String title, String applicantName, java.time.LocalDate opinionDueDate)
            implements Serializable {}
}
