package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The authority's decision on a dossier: what was decided and when, its published reasons
 * (Art. 57(1)(j)), whether its period was extended once (Art. 68(4), 68(6), loi 78-17 art. 66) and
 * when it was published. Mapped to the dossier's {@code decision*} columns; an undecided dossier
 * holds {@link #pending()}. Changed only by the dossier's verbs, which get new values from it.
 */
@Embeddable
public class DecisionRecord {
    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "decision_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reasons")
    private String reasons;

    @Column(name = "decision_extended", nullable = false)
    private boolean extended;

    @Column(name = "decision_published_on")
    private LocalDate publishedOn;

    protected DecisionRecord() {
        // for JPA
    }

    private DecisionRecord(
            Decision decision, LocalDate decidedOn, String reasons, boolean extended, LocalDate publishedOn) {
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.reasons = reasons;
        this.extended = extended;
        this.publishedOn = publishedOn;
    }

    /** No decision yet, its period not extended. */
    public static DecisionRecord pending() {
        return new DecisionRecord(null, null, null, false, null);
    }

    /** The same record, its period extended (once: the dossier's act rules refuse a second time). */
    DecisionRecord extendedPeriod() {
        return new DecisionRecord(decision, decidedOn, reasons, true, publishedOn);
    }

    /** The decision taken {@code on} a day, with its reasons (null for a grant). */
    DecisionRecord decided(Decision outcome, LocalDate on, String withReasons) {
        return new DecisionRecord(outcome, on, withReasons, extended, publishedOn);
    }

    /** A refusal: its reasons are required, and stripped. */
    DecisionRecord refused(String withReasons, LocalDate on) {
        if (withReasons == null || withReasons.isBlank()) {
            throw DossierException.onField("reasons", "dossier.reasons.required");
        }
        return decided(Decision.REFUSED, on, withReasons.strip());
    }

    DecisionRecord publishedOn(LocalDate on) {
        return new DecisionRecord(decision, decidedOn, reasons, extended, on);
    }

    public Decision outcome() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reasons() {
        return reasons;
    }

    public boolean extended() {
        return extended;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }
}
