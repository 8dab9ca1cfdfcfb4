package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.CaseHistoryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One event of a dossier's history, shown on its file. The audit trail keeps the same facts,
 * hash-chained; this is the readable copy. Tacit outcomes are events of their own type, so that
 * they are always shown as such.
 */
@Entity(name = "DossierEvent")
@Table(schema = "dossiers", name = "dossier_event")
public class DossierHistoryEntry extends CaseHistoryRow {
    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    protected DossierHistoryEntry() {
        // for JPA
    }

    /** The row showing {@code event} of {@code dossier}: its type, reason and detail, as the event tells them. */
    DossierHistoryEntry(Dossier dossier, DossierEvent event) {
        super(event.stamp().at(), event.stamp().actor(), event.reason(), atMost500(event.detail()));
        this.dossier = dossier;
        this.type = event.type();
    }

    private static String atMost500(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public EventType type() {
        return type;
    }
}
