package fr.vigie.committee.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One member's vote on one dossier. A member may change it until the opinion is adopted; each
 * vote has its own version, so that two members voting at once never conflict, while a member who
 * changes a vote someone else (a second tab) changed meanwhile is told so.
 */
@Entity
@Table(schema = "committee", name = "vote")
public class Vote {
    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private Review review;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long session;

    @Column(nullable = false, updatable = false)
    private String voter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteChoice choice;

    /** The reservations (favourable with reservations) or the reasons (unfavourable); optional otherwise. */
    private String remarks;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Version
    private long version;

    protected Vote() {
        // for JPA
    }

    Vote(Review review, long session, String voter, VoteChoice choice, String remarks, Instant at) {
        this.review = review;
        this.session = session;
        this.voter = voter;
        this.choice = choice;
        this.remarks = remarks;
        this.castAt = at;
    }

    void change(VoteChoice newChoice, String newRemarks, Instant at) {
        this.choice = newChoice;
        this.remarks = newRemarks;
        this.castAt = at;
    }

    /** The checks every vote passes: reservations and reasons are required where they give the vote its meaning. */
    static String checkedRemarks(VoteChoice choice, String remarks) {
        if (choice == null) {
            throw CommitteeException.onField("choice", "vote.choice.required");
        }
        String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (choice == VoteChoice.FAVOURABLE_WITH_RESERVATIONS && text == null) {
            throw CommitteeException.onField("remarks", "vote.reservations.required");
        }
        if (choice == VoteChoice.UNFAVOURABLE && text == null) {
            throw CommitteeException.onField("remarks", "vote.reasons.required");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw CommitteeException.onField("remarks", "text.tooLong", MAX_TEXT);
        }
        return text;
    }

    public Long id() {
        return id;
    }

    public String voter() {
        return voter;
    }

    public VoteChoice choice() {
        return choice;
    }

    public String remarks() {
        return remarks;
    }

    public Instant castAt() {
        return castAt;
    }

    public long session() {
        return session;
    }

    public long version() {
        return version;
    }

    public Tally.Ballot ballot() {
        return new Tally.Ballot(voter, choice);
    }
}
