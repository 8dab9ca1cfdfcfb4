package fr.vigie.complaints.domain;

import fr.vigie.platform.api.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A (suggested) relation between two complaints, stored once per pair with the lower id first.
 * Related complaints are linked, not merged: each keeps its own record. Suggestions come from
 * rules; a handler confirms or rejects each one, with a reason when rejecting.
 */
@Entity
@Table(schema = "complaints", name = "complaint_link")
@NamedQuery(
        name = "ComplaintLink.of",
        query = "SELECT l FROM ComplaintLink l" + " WHERE l.first = :id OR l.second = :id ORDER BY l.id")
@NamedQuery(
        name = "ComplaintLink.pair",
        query = "SELECT l FROM ComplaintLink l WHERE l.first = :first AND l.second = :second")
public class ComplaintLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_id", nullable = false, updatable = false)
    private long first;

    @Column(name = "second_id", nullable = false, updatable = false)
    private long second;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkKind kind;

    /** Trigram similarity of the facts (0–1) for a SIMILAR_FACTS suggestion. */
    private Double similarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Version
    private long version;

    protected ComplaintLink() {
        // for JPA
    }

    private ComplaintLink(long a, long b, LinkKind kind, Double similarity, LinkStatus status) {
        if (a == b) {
            throw ComplaintException.onField("other", "link.self");
        }
        this.first = Math.min(a, b);
        this.second = Math.max(a, b);
        this.kind = kind;
        this.similarity = similarity;
        this.status = status;
    }

    public static ComplaintLink suggest(long a, long b, LinkKind kind, Double similarity) {
        return new ComplaintLink(a, b, kind, similarity, LinkStatus.SUGGESTED);
    }

    /** A handler links two complaints directly: confirmed at once. */
    public static ComplaintLink linkByHand(long a, long b, String reason, Stamp stamp) {
        ComplaintLink link = new ComplaintLink(a, b, LinkKind.MANUAL, null, LinkStatus.SUGGESTED);
        link.confirm(reason, stamp);
        return link;
    }

    public void confirm(String why, Stamp stamp) {
        decide(LinkStatus.CONFIRMED, why, stamp);
    }

    public void reject(String why, Stamp stamp) {
        if (why == null || why.isBlank()) {
            throw ComplaintException.onField("reason", "link.reject.reasonRequired");
        }
        decide(LinkStatus.REJECTED, why, stamp);
    }

    private void decide(LinkStatus decision, String why, Stamp stamp) {
        if (status != LinkStatus.SUGGESTED) {
            throw ComplaintException.refused("link.alreadyDecided", status.name());
        }
        this.status = decision;
        this.reason = why == null || why.isBlank() ? null : why.strip();
        this.decidedBy = stamp.actor();
        this.decidedAt = stamp.at();
    }

    /** The other end of the link, seen from {@code complaint}. */
    public long otherThan(long complaint) {
        return complaint == first ? second : first;
    }

    public boolean involves(long complaint) {
        return complaint == first || complaint == second;
    }

    public Long id() {
        return id;
    }

    public long first() {
        return first;
    }

    public long second() {
        return second;
    }

    public LinkKind kind() {
        return kind;
    }

    public Double similarity() {
        return similarity;
    }

    public LinkStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
