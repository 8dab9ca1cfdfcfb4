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

    /** An objection of {@code authority} on the draft of {@code draftRound}: authority and text are required. */
    static Objection received(String authority, String text, LocalDate receivedOn, int draftRound) {
        SanctionCase.requireText(authority, "authority");
        SanctionCase.requireText(text, "objection");
        return new Objection(authority.strip(), text.strip(), receivedOn, draftRound);
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
