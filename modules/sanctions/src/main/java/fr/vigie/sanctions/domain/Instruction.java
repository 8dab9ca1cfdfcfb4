package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The instruction of a case by its rapporteur (décret 2019-536 art. 39 and 40): the appointment,
 * the report notified, the organisation's reply within its period (extended once at most) and the
 * rapporteur's answer or refusal to answer. Immutable: each step returns the next state.
 */
@Embeddable
public class Instruction {
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

    /** Not started: no rapporteur yet (also what JPA uses). */
    protected Instruction() {
        // for JPA
    }

    /** The instruction before any rapporteur is appointed. */
    static Instruction none() {
        return new Instruction();
    }

    private Instruction copy() {
        Instruction next = new Instruction();
        next.rapporteur = rapporteur;
        next.rapporteurAppointedOn = rapporteurAppointedOn;
        next.reportNotifiedOn = reportNotifiedOn;
        next.replyDueOn = replyDueOn;
        next.replyExtended = replyExtended;
        next.replyReceivedOn = replyReceivedOn;
        next.answeredOn = answeredOn;
        next.answerDeclined = answerDeclined;
        return next;
    }

    Instruction appointed(String who, LocalDate on) {
        Instruction next = copy();
        next.rapporteur = who;
        next.rapporteurAppointedOn = on;
        return next;
    }

    Instruction reportNotified(LocalDate on, LocalDate replyDue) {
        Instruction next = copy();
        next.reportNotifiedOn = on;
        next.replyDueOn = Objects.requireNonNull(replyDue, "replyDue");
        return next;
    }

    /** The reply period extended to {@code newDue}, which must be later than the current due date. */
    Instruction replyExtendedTo(LocalDate newDue) {
        if (newDue == null || !newDue.isAfter(replyDueOn)) {
            throw SanctionsException.onField("replyDueOn", "reply.extension.later");
        }
        Instruction next = copy();
        next.replyDueOn = newDue;
        next.replyExtended = true;
        return next;
    }

    /** The reply received {@code on}: not in the future, not before the report was notified. */
    Instruction replyReceived(LocalDate on, LocalDate today) {
        if (on.isAfter(today) || on.isBefore(reportNotifiedOn)) {
            throw SanctionsException.onField("receivedOn", "reply.date.invalid");
        }
        Instruction next = copy();
        next.replyReceivedOn = on;
        return next;
    }

    Instruction answered(LocalDate on) {
        Instruction next = copy();
        next.answeredOn = on;
        return next;
    }

    Instruction answerDeclined() {
        Instruction next = copy();
        next.answerDeclined = true;
        return next;
    }

    /** True when {@code who} is the rapporteur of the case. */
    public boolean isRapporteur(String who) {
        return who != null && who.equals(rapporteur);
    }

    /** True while the organisation's reply period is running on {@code today}. */
    public boolean replyPending(LocalDate today) {
        return replyDueOn != null && !today.isAfter(replyDueOn);
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

    public boolean declined() {
        return answerDeclined;
    }
}
