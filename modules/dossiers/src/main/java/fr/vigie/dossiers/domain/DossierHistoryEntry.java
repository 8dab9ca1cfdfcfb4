package fr.vigie.dossiers.domain;

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
 * One event of a dossier's history, shown on its file. The audit trail keeps the same facts,
 * hash-chained; this is the readable copy. Tacit outcomes are events of their own type, so that
 * they are always shown as such.
 */
@Entity(name = "DossierEvent")
@Table(schema = "dossiers", name = "dossier_event")
public class DossierHistoryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String detail;

    protected DossierHistoryEntry() {
        // for JPA
    }

    /** The row showing {@code event} of {@code dossier}: its type, reason and detail, as the event tells them. */
    DossierHistoryEntry(Dossier dossier, DossierEvent event) {
        this.dossier = dossier;
        this.type = event.type();
        this.occurredAt = event.stamp().at();
        this.actor = event.stamp().actor();
        this.reason = event.reason();
        String detail = event.detail();
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public EventType type() {
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
}
