package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A concerned authority's relevant and reasoned objection to a draft decision (GDPR Art. 60(4)). */
@Embeddable
public class Objection {
    @Column(name = "authority", nullable = false)
    private String authority;

    @Column(name = "text")
    private String text;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "draft_round", nullable = false)
    private int draftRound;

    @Column(name = "resolved", nullable = false)
    private boolean resolved;

    protected Objection() {
        // for JPA
    }

    Objection(String authority, String text, LocalDate receivedOn, int draftRound) {
        this.authority = authority;
        this.text = text;
        this.receivedOn = receivedOn;
        this.draftRound = draftRound;
    }

    void resolve() {
        this.resolved = true;
    }

    public String authority() {
        return authority;
    }

    public String text() {
        return text;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public int draftRound() {
        return draftRound;
    }

    public boolean resolved() {
        return resolved;
    }
}
