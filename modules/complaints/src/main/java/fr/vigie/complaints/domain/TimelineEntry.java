package fr.vigie.complaints.domain;

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

/**
 * One event of a complaint's life, shown on its file: what happened, when, by whom, why, and a
 * short detail (e.g. the new assignee). The audit trail keeps the same facts, hash-chained; the
 * timeline is the readable copy the handler works with.
 */
@Entity
@Table(schema = "complaints", name = "timeline_entry")
public class TimelineEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TimelineType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(
            Complaint complaint, TimelineType type, Instant occurredAt, String actor, String reason, String detail) {
        this.complaint = complaint;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.reason = reason;
        this.detail = detail;
    }

    public TimelineType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
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

    /** A text flattened to one line of at most 200 characters, for the timeline and letter summaries. */
    static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
