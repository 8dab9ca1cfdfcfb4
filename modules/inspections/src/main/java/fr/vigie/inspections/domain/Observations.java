package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The organisation's observations on notified minutes (the contradictory phase): the platform clock
 * that counts its period from notification, and, once they arrive, their date and document. Empty
 * until the minutes are notified.
 */
@Embeddable
public class Observations {
    @Column(name = "observations_received_on")
    private LocalDate receivedOn;

    @Column(name = "observations_document")
    private String document;

    @Column(name = "observations_clock_id")
    private Long clock;

    /** The clock's due date when it started: the list's "next deadline" (the clock itself stays authoritative). */
    @Column(name = "observations_due_on")
    private LocalDate dueOn;

    protected Observations() {
        // for JPA; also the empty observations of minutes not yet notified
    }

    private Observations(LocalDate receivedOn, String document, Long clock, LocalDate dueOn) {
        this.receivedOn = receivedOn;
        this.document = document;
        this.clock = clock;
        this.dueOn = dueOn;
    }

    /** The same, counted by the platform clock {@code clockId}, due on {@code due}. */
    Observations trackedBy(long clockId, LocalDate due) {
        return new Observations(receivedOn, document, clockId, due);
    }

    /**
     * The same, received on {@code on} in {@code pdf}: not before the minutes were notified
     * ({@code notifiedOn}), not in the future.
     */
    Observations received(LocalDate on, UUID pdf, LocalDate notifiedOn, LocalDate today) {
        if (on == null) {
            throw InspectionException.onField("receivedOn", "observations.date.required");
        }
        if (on.isAfter(today)) {
            throw InspectionException.onField("receivedOn", "date.future");
        }
        if (on.isBefore(notifiedOn)) {
            throw InspectionException.onField("receivedOn", "observations.beforeNotification");
        }
        if (pdf == null) {
            throw InspectionException.onField("file", "observations.document.required");
        }
        return new Observations(on, pdf.toString(), clock, dueOn);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public UUID document() {
        return document == null ? null : UUID.fromString(document);
    }

    public Long clock() {
        return clock;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
