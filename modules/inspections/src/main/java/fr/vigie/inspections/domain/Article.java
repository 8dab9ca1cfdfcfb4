package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An article a finding may say was breached (GDPR or loi 78-17), from the reference list the
 * administrator extends, e.g. code {@code RGPD art. 32}, label "Sécurité du traitement".
 */
@Entity
@Table(schema = "inspections", name = "article")
@NamedQuery(name = "Article.all", query = "SELECT a FROM Article a ORDER BY a.code")
public class Article {
    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Article() {
        // for JPA
    }

    public Article(String code, String label) {
        String c = code == null ? "" : code.strip();
        if (c.length() < 3 || c.length() > 60) {
            throw InspectionException.onField("code", "reference.code.invalid", code);
        }
        if (label == null || label.isBlank()) {
            throw InspectionException.onField("label", "reference.label.required");
        }
        if (label.length() > 300) {
            throw InspectionException.onField("label", "text.tooLong", 300);
        }
        this.code = c;
        this.label = label.strip();
        this.active = true;
    }

    public void activate(boolean on) {
        this.active = on;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
