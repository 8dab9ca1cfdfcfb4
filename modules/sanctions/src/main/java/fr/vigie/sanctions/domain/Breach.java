package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A breach listed in a formal notice or a case: the article breached, its seriousness and what was found. */
@Embeddable
public class Breach {
    @Column(name = "article", nullable = false)
    private String article;

    @Column(name = "severity", nullable = false)
    private String severity;

    @Column(name = "description")
    private String description;

    protected Breach() {
        // for JPA
    }

    public Breach(String article, String severity, String description) {
        if (article == null || article.isBlank()) {
            throw SanctionsException.onField("breaches", "breach.article.required");
        }
        this.article = article.strip();
        this.severity = severity == null || severity.isBlank() ? "SIGNIFICANT" : severity.strip();
        this.description = description == null ? null : description.strip();
    }

    public String article() {
        return article;
    }

    public String severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
