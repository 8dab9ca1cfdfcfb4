package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** One act of a case's history, as its file shows it (the audit trail keeps the same facts, hash-chained). */
@Embeddable
public class TimelineEntry {
    @Column(name = "act", nullable = false)
    private String act;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "legal_day", nullable = false)
    private LocalDate legalDay;

    @Column(name = "detail")
    private String detail;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(String act, Stamp stamp, String detail) {
        this.act = act;
        this.actor = stamp.actor();
        this.occurredAt = stamp.at();
        this.legalDay = stamp.today();
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public String act() {
        return act;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public LocalDate legalDay() {
        return legalDay;
    }

    public String detail() {
        return detail;
    }
}
