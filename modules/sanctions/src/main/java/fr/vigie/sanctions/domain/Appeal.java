package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The appeal against the decision before the Conseil d'État (not suspensive) and its outcome. */
@Embeddable
public class Appeal {
    @Column(name = "appeal_lodged_on")
    private LocalDate lodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome outcome;

    @Column(name = "appeal_outcome_on")
    private LocalDate outcomeOn;

    protected Appeal() {
        // for JPA
    }

    static Appeal none() {
        return new Appeal();
    }

    /** Lodged {@code on}: not before the decision was notified nor after today. */
    static Appeal lodged(LocalDate on, LocalDate notifiedOn, LocalDate today) {
        if (on.isBefore(notifiedOn) || on.isAfter(today)) {
            throw SanctionsException.onField("lodgedOn", "appeal.date.invalid");
        }
        Appeal a = new Appeal();
        a.lodgedOn = on;
        return a;
    }

    Appeal decided(AppealOutcome decided, LocalDate on) {
        if (decided == null) {
            throw SanctionsException.onField("outcome", "appeal.outcome.required");
        }
        Appeal a = new Appeal();
        a.lodgedOn = lodgedOn;
        a.outcome = decided;
        a.outcomeOn = on;
        return a;
    }

    public boolean isLodged() {
        return lodgedOn != null;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public LocalDate lodgedOn() {
        return lodgedOn;
    }

    public AppealOutcome outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }
}
