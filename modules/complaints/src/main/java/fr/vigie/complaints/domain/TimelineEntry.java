package fr.vigie.complaints.domain;

import fr.vigie.platform.api.CaseHistoryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event of a complaint's life, shown on its file: what happened, when, by whom, why, and a
 * short detail (e.g. the new assignee). The audit trail keeps the same facts, hash-chained; the
 * timeline is the readable copy the handler works with.
 */
@Entity
@Table(schema = "complaints", name = "timeline_entry")
public class TimelineEntry extends CaseHistoryRow {
    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TimelineType type;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(
            Complaint complaint, TimelineType type, Instant occurredAt, String actor, String reason, String detail) {
        super(occurredAt, actor, reason, detail);
        this.complaint = complaint;
        this.type = type;
    }

    public TimelineType type() {
        return type;
    }

    /** A text flattened to one line of at most 200 characters, for the timeline and letter summaries. */
    static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
