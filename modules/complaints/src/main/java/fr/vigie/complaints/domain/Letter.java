package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of the correspondence log: a letter sent, and the stored PDF that proves its content. */
@Entity
@Table(schema = "complaints", name = "letter")
public class Letter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type", nullable = false, updatable = false)
    private LetterType type;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    /** Empty for a letter recorded without its PDF (a letter taken over from an earlier system). */
    @Column(name = "document_id", updatable = false)
    @Convert(converter = NullableUuidColumn.class)
    private UUID documentId;

    @Column(updatable = false)
    private String summary;

    protected Letter() {
        // for JPA
    }

    Letter(Complaint complaint, LetterType type, LocalDate sentOn, String sentBy, UUID documentId, String summary) {
        this.complaint = complaint;
        this.type = type;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.documentId = documentId;
        this.summary = summary;
    }

    public LetterType type() {
        return type;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public String sentBy() {
        return sentBy;
    }

    public UUID documentId() {
        return documentId;
    }

    public String summary() {
        return summary;
    }
}
