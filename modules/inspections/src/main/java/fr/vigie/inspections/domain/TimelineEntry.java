package fr.vigie.inspections.domain;

import fr.vigie.platform.api.CaseHistoryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One entry of an inspection's timeline: what happened, when, by whom, why. The audit trail keeps
 * the same facts hash-chained; this is the readable copy shown on the file and read by the
 * reporting views (stages).
 */
@Entity
@Table(schema = "inspections", name = "inspection_event")
public class TimelineEntry extends CaseHistoryRow {
    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    private Inspection inspection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    protected TimelineEntry() {
        // for JPA
    }

    /** The line a recorded event makes on the timeline of {@code inspection}. */
    TimelineEntry(Inspection inspection, InspectionEvent.Line line) {
        super(line.stamp().at(), line.stamp().actor(), line.reason(), line.detail());
        this.inspection = inspection;
        this.type = line.type();
        this.occurredOn = line.stamp().today();
    }

    public EventType type() {
        return type;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }
}
