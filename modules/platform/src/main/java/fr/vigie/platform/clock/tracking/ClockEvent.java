package fr.vigie.platform.clock.tracking;

import fr.vigie.platform.clock.domain.ClockStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a clock's history. Immutable once written (the application role cannot update
 * or delete {@code clock_event}): the history is what the due date is rebuilt from.
 */
@Entity
@Table(schema = "platform", name = "clock_event")
public class ClockEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clock_id", nullable = false, updatable = false)
    private TrackedClock clock;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClockEventType type;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private Integer amount;

    @Column(updatable = false)
    private String unit;

    @Column(name = "due_date_after", nullable = false, updatable = false)
    private LocalDate dueDateAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private ClockStatus statusAfter;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ClockEvent() {
        // for JPA
    }

    ClockEvent(
            TrackedClock clock,
            ClockEventType type,
            LocalDate eventDate,
            String author,
            String reason,
            Integer amount,
            String unit,
            LocalDate dueDateAfter,
            ClockStatus statusAfter,
            Instant recordedAt) {
        this.clock = clock;
        this.type = type;
        this.eventDate = eventDate;
        this.author = author;
        this.reason = reason;
        this.amount = amount;
        this.unit = unit;
        this.dueDateAfter = dueDateAfter;
        this.statusAfter = statusAfter;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public ClockEventType type() {
        return type;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public String author() {
        return author;
    }

    public String reason() {
        return reason;
    }

    public Integer amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    public LocalDate dueDateAfter() {
        return dueDateAfter;
    }

    public ClockStatus statusAfter() {
        return statusAfter;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
