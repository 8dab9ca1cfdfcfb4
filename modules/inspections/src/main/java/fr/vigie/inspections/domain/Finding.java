package fr.vigie.inspections.domain;

import fr.vigie.inspections.api.FindingSeverity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A breach found during the inspection: the article breached (from the reference list), how
 * serious it is, what was found, and the documents proving it. A finding recorded after the
 * minutes were notified belongs to an addendum and says so.
 */
@Entity
@Table(schema = "inspections", name = "finding")
public class Finding {
    static final int MAX_DESCRIPTION = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id", nullable = false, updatable = false)
    private Inspection inspection;

    @Column(nullable = false, updatable = false)
    private String article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FindingSeverity severity;

    @Column(nullable = false, updatable = false)
    private String description;

    /** Document ids separated by commas. */
    @Column(name = "evidence", nullable = false, updatable = false)
    private String evidence;

    @Column(name = "in_addendum", nullable = false, updatable = false)
    private boolean inAddendum;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Finding() {
        // for JPA
    }

    Finding(
            Inspection inspection,
            String article,
            FindingSeverity severity,
            String description,
            List<UUID> evidence,
            boolean inAddendum,
            String recordedBy,
            Instant recordedAt) {
        if (article == null || article.isBlank()) {
            throw InspectionException.onField("article", "finding.article.required");
        }
        if (severity == null) {
            throw InspectionException.onField("severity", "finding.severity.required");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() < 10) {
            throw InspectionException.onField("description", "finding.description.tooShort", 10);
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw InspectionException.onField("description", "text.tooLong", MAX_DESCRIPTION);
        }
        this.inspection = inspection;
        this.article = article.strip();
        this.severity = severity;
        this.description = text;
        this.evidence = String.join(",", evidence.stream().map(UUID::toString).toList());
        this.inAddendum = inAddendum;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String article() {
        return article;
    }

    public FindingSeverity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public List<UUID> evidence() {
        return evidence.isEmpty()
                ? List.of()
                : Arrays.stream(evidence.split(",")).map(UUID::fromString).toList();
    }

    public boolean inAddendum() {
        return inAddendum;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The finding's line in the minutes' hash: any change of it changes the hash. */
    String canonical() {
        return article + "|" + severity + "|" + description + "|" + evidence;
    }
}
