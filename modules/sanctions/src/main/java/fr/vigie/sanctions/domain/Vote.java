package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One member's vote on the proposed decision. */
@Embeddable
public class Vote {
    @Column(name = "member", nullable = false)
    private String member;

    @Column(name = "in_favour", nullable = false)
    private boolean inFavour;

    protected Vote() {
        // for JPA
    }

    Vote(String member, boolean inFavour) {
        this.member = member;
        this.inFavour = inFavour;
    }

    public String member() {
        return member;
    }

    public boolean inFavour() {
        return inFavour;
    }
}
