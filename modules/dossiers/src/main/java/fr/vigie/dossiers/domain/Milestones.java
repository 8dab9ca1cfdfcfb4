package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days that mark a dossier's way, from its creation to its closing: those the legal periods
 * count from (the complete application, Art. 67), the EHDS report target's last day and the data's
 * delivery and availability that meet it. Mapped to the dossier's {@code *_on} columns. Each change
 * gives a new value; only the dossier's verbs ask for one.
 */
@Embeddable
public class Milestones {
    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    /** The day the application as it stands was received: its submission, or its last (completing) resubmission. */
    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "complete_on")
    private LocalDate completeOn;

    /** The EHDS report target's last day, as its clock computed it (Reg. 1182/71); null before completeness or without a target. */
    @Column(name = "target_on")
    private LocalDate targetOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "available_on")
    private LocalDate availableOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Milestones() {
        // for JPA
    }

    static Milestones createdOn(LocalDate on) {
        Milestones m = new Milestones();
        m.createdOn = Objects.requireNonNull(on, "createdOn");
        return m;
    }

    private Milestones copy() {
        Milestones m = new Milestones();
        m.createdOn = createdOn;
        m.submittedOn = submittedOn;
        m.receivedOn = receivedOn;
        m.completeOn = completeOn;
        m.targetOn = targetOn;
        m.deliveredOn = deliveredOn;
        m.availableOn = availableOn;
        m.closedOn = closedOn;
        return m;
    }

    /** Received {@code on} a day: the first submission, or ({@code again}) a completing resubmission. */
    Milestones received(LocalDate on, boolean again) {
        Milestones m = copy();
        if (!again) {
            m.submittedOn = on;
        }
        m.receivedOn = on;
        return m;
    }

    /**
     * Found complete: the application is complete from the day it was received complete (Art. 67: the
     * periods run from the complete application), not from the day the instructor finished checking it.
     */
    Milestones complete(LocalDate today) {
        Milestones m = copy();
        m.completeOn = receivedOn != null ? receivedOn : submittedOn != null ? submittedOn : today;
        return m;
    }

    /** The report target runs until {@code lastDay}, never from before the complete application. */
    Milestones targetUntil(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (completeOn == null || lastDay.isBefore(completeOn)) {
            throw new IllegalStateException("A target runs from a complete application, not before " + completeOn);
        }
        Milestones m = copy();
        m.targetOn = lastDay;
        return m;
    }

    Milestones delivered(LocalDate on) {
        Milestones m = copy();
        m.deliveredOn = on;
        return m;
    }

    Milestones available(LocalDate on) {
        Milestones m = copy();
        m.availableOn = on;
        return m;
    }

    Milestones closed(LocalDate on) {
        Milestones m = copy();
        m.closedOn = on;
        return m;
    }

    /** Elapsed time against the EHDS target, the time being spent in {@code stage}. */
    TargetProgress progress(LocalDate today, Stage stage) {
        return TargetProgress.of(completeOn, targetOn, availableOn, today, stage);
    }

    public LocalDate createdOn() {
        return createdOn;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate completeOn() {
        return completeOn;
    }

    public LocalDate targetOn() {
        return targetOn;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public LocalDate availableOn() {
        return availableOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
