package fr.vigie.platform.clock.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a legal policy as stored: its reference form ({@link #definition()}, the
 * {@code attribute=value} lines of legal-policies.properties) plus the columns screens list.
 * Never updated: a revision is a new row.
 */
@Entity
@Table(schema = "platform", name = "clock_policy_version")
@IdClass(PolicyVersion.Key.class)
@NamedQuery(
        name = "PolicyVersion.latest",
        query = "SELECT p FROM PolicyVersion p WHERE p.version = "
                + "(SELECT MAX(q.version) FROM PolicyVersion q WHERE q.code = p.code) ORDER BY p.code")
@NamedQuery(
        name = "PolicyVersion.history",
        query = "SELECT p FROM PolicyVersion p WHERE p.code = :code ORDER BY p.version DESC")
public class PolicyVersion {
    @Id
    @Column(nullable = false, updatable = false)
    private String code;

    @Id
    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "legal_source", nullable = false, updatable = false)
    private String legalSource;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private String definition;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private String reason;

    protected PolicyVersion() {
        // for JPA
    }

    public PolicyVersion(
            String code,
            int version,
            String title,
            String legalSource,
            String period,
            String definition,
            Instant effectiveFrom,
            String createdBy,
            String reason) {
        this.code = code;
        this.version = version;
        this.title = title;
        this.legalSource = legalSource;
        this.period = period;
        this.definition = definition;
        this.effectiveFrom = effectiveFrom;
        this.createdBy = createdBy;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String legalSource() {
        return legalSource;
    }

    public String period() {
        return period;
    }

    public String definition() {
        return definition;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public String createdBy() {
        return createdBy;
    }

    public String reason() {
        return reason;
    }

    /** Composite identity: code and version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private int version;

        public Key() {}

        public Key(String code, int version) {
            this.code = code;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }
}
