package fr.vigie.committee.domain;

import fr.vigie.committee.api.OpinionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The committee's opinion on a dossier as it takes shape: the rapporteur's draft, the chair's
 * casting vote on a tie, then the adopted reasoned opinion. A value: each step returns a new
 * {@code Opinion}, so {@link Review} replaces it whole and a half-written opinion never exists.
 * The texts' rules (required, at most {@value #MAX_REASONING} characters; reservations only with
 * a favourable opinion with reservations) live here.
 */
@Embeddable
public class Opinion {
    static final int MAX_REASONING = 20_000;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_kind")
    private OpinionKind draftKind;

    @Column(name = "draft_reasoning")
    private String draftReasoning;

    @Enumerated(EnumType.STRING)
    @Column(name = "casting_vote")
    private OpinionKind castingVote;

    @Column(name = "casting_vote_by")
    private String castingVoteBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion_kind")
    private OpinionKind kind;

    @Column(name = "opinion_reasoning")
    private String reasoning;

    @Column(name = "opinion_reservations")
    private String reservations;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "adopted_by")
    private String adoptedBy;

    protected Opinion() {
        // for JPA
    }

    private Opinion copy() {
        Opinion o = new Opinion();
        o.draftKind = draftKind;
        o.draftReasoning = draftReasoning;
        o.castingVote = castingVote;
        o.castingVoteBy = castingVoteBy;
        o.kind = kind;
        o.reasoning = reasoning;
        o.reservations = reservations;
        o.adoptedOn = adoptedOn;
        o.adoptedBy = adoptedBy;
        return o;
    }

    /** Nothing drafted, voted or adopted yet (JPA gives null for an all-null embeddable: {@link Review} maps it here). */
    public static Opinion none() {
        return new Opinion();
    }

    /** The rapporteur's draft: a kind and a reasoning, both required. */
    Opinion drafted(OpinionKind newKind, String newReasoning) {
        if (newKind == null) {
            throw CommitteeException.onField("kind", "review.draft.kind.required");
        }
        Opinion o = copy();
        o.draftKind = newKind;
        o.draftReasoning = requiredText(newReasoning, "reasoning", "review.reasoning.required");
        return o;
    }

    /** The draft goes with its rapporteur (recused afterwards). */
    Opinion withoutDraft() {
        Opinion o = copy();
        o.draftKind = null;
        o.draftReasoning = null;
        return o;
    }

    /** The chair's casting vote on a tie. */
    Opinion withCastingVote(OpinionKind vote, String chair) {
        if (vote == null) {
            throw CommitteeException.onField("kind", "castingVote.kind.required");
        }
        Opinion o = copy();
        o.castingVote = vote;
        o.castingVoteBy = chair;
        return o;
    }

    /** A casting vote settles the tie of one session only: it goes when the dossier leaves the agenda. */
    Opinion withoutCastingVote() {
        Opinion o = copy();
        o.castingVote = null;
        o.castingVoteBy = null;
        return o;
    }

    /**
     * The adopted reasoned opinion. The reasoning defaults to the draft's; reservations are required
     * for a favourable opinion with reservations and dropped for any other kind.
     *
     * @param decided the kind the count decided (never chosen by hand)
     */
    Opinion adopted(OpinionKind decided, String text, String withReservations, LocalDate on, String by) {
        String kept = requiredText(
                text == null || text.isBlank() ? draftReasoning : text, "reasoning", "review.reasoning.required");
        String reserved = withReservations == null || withReservations.isBlank() ? null : withReservations.strip();
        if (decided == OpinionKind.FAVOURABLE_WITH_RESERVATIONS && reserved == null) {
            throw CommitteeException.onField("reservations", "opinion.reservations.required");
        }
        if (reserved != null && reserved.length() > MAX_REASONING) {
            throw CommitteeException.onField("reservations", "text.tooLong", MAX_REASONING);
        }
        Opinion o = copy();
        o.kind = decided;
        o.reasoning = kept;
        o.reservations = decided == OpinionKind.FAVOURABLE_WITH_RESERVATIONS ? reserved : null;
        o.adoptedOn = on;
        o.adoptedBy = by;
        return o;
    }

    private static String requiredText(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw CommitteeException.onField(field, key);
        }
        if (text.length() > MAX_REASONING) {
            throw CommitteeException.onField(field, "text.tooLong", MAX_REASONING);
        }
        return text.strip();
    }

    public boolean isAdopted() {
        return kind != null;
    }

    public OpinionKind draftKind() {
        return draftKind;
    }

    public String draftReasoning() {
        return draftReasoning;
    }

    public OpinionKind castingVote() {
        return castingVote;
    }

    public String castingVoteBy() {
        return castingVoteBy;
    }

    /** The adopted opinion's kind; null until adopted. */
    public OpinionKind kind() {
        return kind;
    }

    public String reasoning() {
        return reasoning;
    }

    public String reservations() {
        return reservations;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String adoptedBy() {
        return adoptedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Opinion p
                && draftKind == p.draftKind
                && Objects.equals(draftReasoning, p.draftReasoning)
                && castingVote == p.castingVote
                && Objects.equals(castingVoteBy, p.castingVoteBy)
                && kind == p.kind
                && Objects.equals(reasoning, p.reasoning)
                && Objects.equals(reservations, p.reservations)
                && Objects.equals(adoptedOn, p.adoptedOn)
                && Objects.equals(adoptedBy, p.adoptedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(draftKind, castingVote, kind, adoptedOn);
    }
}
