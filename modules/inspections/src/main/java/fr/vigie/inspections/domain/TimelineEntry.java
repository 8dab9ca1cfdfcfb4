package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an inspection's timeline: what happened, when, by whom, why. The audit trail keeps
 * the same facts hash-chained; this is the readable copy shown on the file and read by the
 * reporting views (stages).
 */
@Entity
@Table(schema = "inspections", name = "inspection_event")
public class TimelineEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    private Inspection inspection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    protected TimelineEntry() {
        // for JPA
    }

    /** The line a recorded event makes on the timeline of {@code inspection}. */
    TimelineEntry(Inspection inspection, InspectionEvent.Line line) {
        this.inspection = inspection;
        this.type = line.type();
        this.occurredAt = line.stamp().at();
        this.occurredOn = line.stamp().today();
        this.actor = line.stamp().actor();
        this.reason = line.reason();
        this.detail = line.detail();
    }

    public EventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
