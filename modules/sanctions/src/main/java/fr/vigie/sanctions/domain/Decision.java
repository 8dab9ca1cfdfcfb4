package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision the committee (or its chair alone) took: its reasons, the fine assistant's steps it
 * followed, who decided and when, its document and its notification. The measures themselves are
 * kept by the case (a collection); {@link #requireWithinCaps} checks their fine and periodic
 * penalty against the lawful caps.
 */
@Embeddable
public class Decision {
    @Column(name = "decision_reasons")
    private String reasons;

    /**
     * The steps of the fine assistant (EDPB Guidelines 04/2022) the committee followed, kept with
     * the decision so that its reasons show how the amount was reached; null when not used.
     */
    @Column(name = "fine_calculation")
    private String fineCalculation;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_document")
    private String document;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    protected Decision() {
        // for JPA
    }

    static Decision none() {
        return new Decision();
    }

    /** The decision taken: measures and reasons (field {@code decisionReasons}) are required. */
    static Decision taken(List<Measure> decided, String reasons, String fineSteps, LocalDate on, String by) {
        requireMeasures(decided);
        SanctionCase.requireText(reasons, "decisionReasons");
        Decision d = new Decision();
        d.reasons = reasons.strip();
        d.fineCalculation = fineSteps == null || fineSteps.isBlank() ? null : fineSteps.strip();
        d.decidedOn = on;
        d.decidedBy = by;
        return d;
    }

    private Decision copy() {
        Decision d = new Decision();
        d.reasons = reasons;
        d.fineCalculation = fineCalculation;
        d.decidedOn = decidedOn;
        d.decidedBy = decidedBy;
        d.document = document;
        d.notifiedOn = notifiedOn;
        return d;
    }

    Decision withDocument(String documentId) {
        Decision d = copy();
        d.document = documentId;
        return d;
    }

    Decision notified(LocalDate on) {
        Decision d = copy();
        d.notifiedOn = on;
        return d;
    }

    /**
     * Refuses measures without any, or whose total fine or highest periodic penalty exceeds its
     * lawful cap (asked of {@code caps}), on the field the verdict names.
     */
    static void requireWithinCaps(
            List<Measure> decided, Procedure procedure, List<String> articles, Money turnover, LawfulCaps caps) {
        requireMeasures(decided);
        Money fine = null;
        Money penalty = null;
        for (Measure m : decided) {
            if (m.fine() != null) {
                fine = fine == null ? m.fine() : fine.plus(m.fine());
            }
            if (m.penaltyPerDay() != null) {
                penalty = penalty == null || m.penaltyPerDay().isGreaterThan(penalty) ? m.penaltyPerDay() : penalty;
            }
        }
        if (fine == null && penalty == null) {
            return;
        }
        CapVerdict verdict = caps.check(procedure, articles, turnover, fine, penalty);
        if (!verdict.accepted()) {
            String field = verdict.field() == null ? "fine" : verdict.field();
            throw SanctionsException.onField(
                    field,
                    "decision." + field + ".overCap",
                    verdict.cap() == null ? "" : verdict.cap().amount().toPlainString(),
                    verdict.article());
        }
    }

    private static void requireMeasures(List<Measure> decided) {
        if (decided == null || decided.isEmpty()) {
            throw SanctionsException.onField("measures", "decision.measures.required");
        }
    }

    public boolean isNotified() {
        return notifiedOn != null;
    }

    public String reasons() {
        return reasons;
    }

    public String fineCalculation() {
        return fineCalculation;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String document() {
        return document;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }
}
