package fr.vigie.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member recused from a dossier because of a declared interest in the applicant. Recorded once,
 * when the conflict is first found (referral, new declaration, agenda, vote attempt), and kept:
 * the minutes list it, and the member can neither see the vote page nor vote.
 */
@Entity
@Table(schema = "committee", name = "recusal")
public class Recusal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private Review review;

    @Column(nullable = false, updatable = false)
    private String username;

    /** The declaration that caused it, as it read then. */
    @Column(nullable = false, updatable = false)
    private String interest;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Recusal() {
        // for JPA
    }

    Recusal(Review review, String username, String interest, Instant recordedAt) {
        this.review = review;
        this.username = username;
        this.interest = interest;
        this.recordedAt = recordedAt;
    }

    public String username() {
        return username;
    }

    public String interest() {
        return interest;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
