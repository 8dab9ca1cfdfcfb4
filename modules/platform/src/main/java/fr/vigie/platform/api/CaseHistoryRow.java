package fr.vigie.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every line of a case's readable history holds, whatever the module: when, by whom, why and a
 * short detail. The audit trail keeps the same facts hash-chained; the history is the copy shown on
 * the case's file. A module's history entity extends this with its link to the case and its own
 * type of line, on its own table (columns {@code id}, {@code occurred_at}, {@code actor},
 * {@code reason}, {@code detail}). Rows are never changed once written. Modules list this class in
 * their persistence.xml, as they do {@code persistence.InstantAttributeConverter}.
 */
@MappedSuperclass
public abstract class CaseHistoryRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    protected CaseHistoryRow() {
        // for JPA
    }

    protected CaseHistoryRow(Instant occurredAt, String actor, String reason, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.reason = reason;
        this.detail = detail;
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
}
