package fr.vigie.crossborder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The record that a version of a document was sent to someone: who received which version, and when
 * (the proof that parties and complainants saw only non-confidential versions).
 */
@Embeddable
public class Transmission {
    /** Who received the document. */
    public enum Recipient {
        PARTY_UNDER_INVESTIGATION,
        COMPLAINANT,
        CONCERNED_AUTHORITY
    }

    @Column(name = "document_number")
    private int documentNumber;

    @Enumerated(EnumType.STRING)
    private Recipient recipient;

    @Enumerated(EnumType.STRING)
    private SupervisoryAuthority authority;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    protected Transmission() {
        // for JPA
    }

    Transmission(int documentNumber, Recipient recipient, SupervisoryAuthority authority, LocalDate sentOn) {
        this.documentNumber = documentNumber;
        this.recipient = recipient;
        this.authority = authority;
        this.sentOn = sentOn;
    }

    public int documentNumber() {
        return documentNumber;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** The authority concerned that received it, or null for a party or the complainant. */
    public SupervisoryAuthority authority() {
        return authority;
    }

    public LocalDate sentOn() {
        return sentOn;
    }
}
