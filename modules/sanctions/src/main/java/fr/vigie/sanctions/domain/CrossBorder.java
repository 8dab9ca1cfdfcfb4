package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The cooperation with the concerned authorities (GDPR Art. 60): the rounds of draft decisions
 * shared, and the referral to the EDPB's dispute resolution (Art. 65). The objections are kept by
 * the case (a collection).
 */
@Embeddable
public class CrossBorder {
    @Column(name = "art60_round", nullable = false)
    private int round;

    @Column(name = "art60_shared_on")
    private LocalDate sharedOn;

    @Column(name = "art65_flagged_on")
    private LocalDate art65FlaggedOn;

    protected CrossBorder() {
        // for JPA
    }

    static CrossBorder none() {
        return new CrossBorder();
    }

    /** The next round of the draft shared {@code on}. */
    CrossBorder draftShared(LocalDate on) {
        CrossBorder next = new CrossBorder();
        next.round = round + 1;
        next.sharedOn = on;
        next.art65FlaggedOn = art65FlaggedOn;
        return next;
    }

    CrossBorder flaggedForArt65(LocalDate on) {
        CrossBorder next = new CrossBorder();
        next.round = round;
        next.sharedOn = sharedOn;
        next.art65FlaggedOn = on;
        return next;
    }

    /** True when the draft shared is a revised one (2-week objection period instead of 4). */
    public boolean revisedDraft() {
        return round > 1;
    }

    public boolean isShared() {
        return round > 0;
    }

    public boolean isFlaggedForArt65() {
        return art65FlaggedOn != null;
    }

    public int round() {
        return round;
    }

    public LocalDate sharedOn() {
        return sharedOn;
    }

    public LocalDate art65FlaggedOn() {
        return art65FlaggedOn;
    }
}
