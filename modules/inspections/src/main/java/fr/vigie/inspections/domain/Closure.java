package fr.vigie.inspections.domain;

import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * How an inspection ended: the outcome the head chose, with its reasons, when and by whom; for a
 * closure with recommendations, the letter that carried them. Empty while the inspection is open.
 */
@Embeddable
public class Closure {
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "outcome_reason")
    private String reason;

    /** The letter that carries the recommendations of a closure "with recommendations" (a platform document). */
    @Column(name = "closure_letter")
    private String letter;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    protected Closure() {
        // for JPA; also the empty closure of an open inspection
    }

    /**
     * The head's decision. A follow-up (formal notice, sanctions) needs something to follow up: at
     * least one finding.
     */
    static Closure decided(Outcome chosen, Reason why, boolean anyFinding, Stamp stamp) {
        if (chosen == null) {
            throw InspectionException.onField("outcome", "close.outcome.required");
        }
        String text = Reason.require(why == null ? null : why.text());
        if ((chosen == Outcome.FORMAL_NOTICE_PROPOSED || chosen == Outcome.REFERRAL_TO_SANCTIONS) && !anyFinding) {
            throw InspectionException.onField("outcome", "close.followUpWithoutFinding", chosen);
        }
        Closure c = new Closure();
        c.outcome = chosen;
        c.reason = text;
        c.closedOn = stamp.today();
        c.closedBy = stamp.actor();
        return c;
    }

    /** Whether closing with this outcome sends the organisation a letter (the recommendations are its content). */
    public static boolean needsLetter(Outcome chosen) {
        return chosen == Outcome.RECOMMENDATIONS;
    }

    /** Whether the letter of this closure is still to be attached. */
    boolean awaitsLetter() {
        return outcome != null && needsLetter(outcome) && letter == null;
    }

    /** The letter sent; once only: the letter sent is never replaced. */
    void letterSent(UUID pdf) {
        if (!awaitsLetter()) {
            throw new IllegalStateException("No closure letter is expected now");
        }
        this.letter = Objects.requireNonNull(pdf, "letter").toString();
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public UUID letter() {
        return letter == null ? null : UUID.fromString(letter);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBy() {
        return closedBy;
    }
}
