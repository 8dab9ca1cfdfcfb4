package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change to notified minutes: never an edit, always an addition with its author, date and reason. */
@Entity
@Table(schema = "inspections", name = "addendum")
public class Addendum {
    static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    private Inspection inspection;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private String text;

    protected Addendum() {
        // for JPA
    }

    Addendum(Inspection inspection, String author, Instant writtenAt, String reason, String text) {
        String body = text == null ? "" : text.strip();
        if (body.length() < 10) {
            throw InspectionException.onField("addendumText", "addendum.text.tooShort", 10);
        }
        if (body.length() > MAX_TEXT) {
            throw InspectionException.onField("addendumText", "text.tooLong", MAX_TEXT);
        }
        this.inspection = inspection;
        this.author = author;
        this.writtenAt = writtenAt;
        this.reason = reason;
        this.text = body;
    }

    public Long id() {
        return id;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String reason() {
        return reason;
    }

    public String text() {
        return text;
    }
}
