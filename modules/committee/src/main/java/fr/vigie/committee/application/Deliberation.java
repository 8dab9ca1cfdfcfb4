package fr.vigie.committee.application;

import fr.vigie.committee.api.CommitteeOpinionAdopted;
import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.Vote;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The deliberation on a dossier: the rapporteur's draft, the members' votes, the chair's casting
 * vote on a tie, and the adoption of the reasoned opinion (announced to the dossiers module with
 * {@link CommitteeOpinionAdopted}). Only members on the roster who are present and not recused vote.
 */
@Stateless
@RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.DAC_SECRETARY})
public class Deliberation {
    @Inject
    ReviewRepository reviews;

    @Inject
    SessionRepository sessions;

    @Inject
    MemberRepository members;

    @Inject
    Tallies tallies;

    @Inject
    Recusals recusals;

    @Inject
    CommitteeEventLog log;

    @Inject
    Stamps stamps;

    @Inject
    Event<CommitteeOpinionAdopted> adoptions;

    /** The rapporteur's draft opinion (kind and reasoning), which the adopted opinion starts from. */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public void draft(long reviewId, long expectedVersion, OpinionKind kind, String reasoning) {
        Review review = loadForEdit(reviewId, expectedVersion);
        review.draftOpinion(stamps.now().actor(), kind, reasoning);
        reviews.flush();
        log.write(review);
    }

    /**
     * Records (or changes) the current member's vote.
     *
     * @param expectedVoteVersion the version of the member's vote being changed; null for a first vote
     */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Vote vote(long reviewId, VoteChoice choice, String remarks, Long expectedVoteVersion) {
        Stamp stamp = stamps.now();
        Review review = reviews.findForVote(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        recusals.detect(review);
        CommitteeMember member = requireVotingMember(review, stamp.actor());
        CommitteeSession session = sittingOf(review);
        Vote vote = review.vote(session, member.username(), choice, remarks, expectedVoteVersion, stamp.at());
        reviews.flush();
        log.write(review);
        return vote;
    }

    /** The chair settles a tie. */
    @RolesAllowed(Roles.DAC_CHAIR)
    public void castDecidingVote(long reviewId, long expectedVersion, OpinionKind kind, Reason reason) {
        Objects.requireNonNull(reason, "reason");
        Review review = loadForEdit(reviewId, expectedVersion);
        String chair = stamps.now().actor();
        CommitteeMember member = requireVotingMember(review, chair);
        if (!member.isChair()) {
            throw CommitteeException.forbidden("castingVote.notChairForbidden");
        }
        CommitteeSession session = sittingOf(review);
        review.castDecidingVote(session, chair, kind, session == null ? null : tally(review, session), reason);
        reviews.flush();
        log.write(review);
    }

    /**
     * Adopts the committee's reasoned opinion on the dossier, in the session's name: the kind follows
     * from the votes; the reasoning defaults to the rapporteur's draft; the reservations to those the
     * members gave.
     */
    @RolesAllowed({Roles.DAC_SECRETARY, Roles.DAC_CHAIR})
    public OpinionKind adopt(long reviewId, long expectedVersion, String reasoning, String reservations) {
        Review review = loadForEdit(reviewId, expectedVersion);
        CommitteeSession session = sittingOf(review);
        Stamp stamp = stamps.now();
        Tally tally = session == null ? null : tally(review, session);
        OpinionKind kind = review.adopt(
                session,
                tally,
                reasoning,
                reservations == null || reservations.isBlank() ? review.gatheredReservations() : reservations,
                stamp);
        reviews.flush();
        log.write(review);
        adoptions.fire(new CommitteeOpinionAdopted(
                review.dossier(),
                kind,
                review.opinion().reasoning(),
                review.opinion().reservations(),
                review.opinion().adoptedOn(),
                session.reference(),
                stamp.actor()));
        return kind;
    }

    /** The count as it stands (members present, not recused; quorum; outcome). */
    public Tally tally(long reviewId) {
        Review review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        if (review.session() == null) {
            throw CommitteeException.refused("review.notOnAgenda", review.reference());
        }
        // A read: recusals are recorded by the acts (vote, casting vote, adoption), not by looking.
        return tallies.of(review, sessionOf(review));
    }

    /**
     * Counts after recording any recusal a declared interest calls for, so that the count, the
     * casting vote and the adoption see the same voters as the vote itself.
     */
    private Tally tally(Review review, CommitteeSession session) {
        recusals.detect(review);
        return tallies.of(review, session);
    }

    private CommitteeMember requireVotingMember(Review review, String username) {
        CommitteeMember member = members.findByUsername(username)
                .filter(CommitteeMember::isActive)
                .orElseThrow(() -> CommitteeException.forbidden("vote.notMemberForbidden"));
        // One source for who may vote: the review's recusals (detected before this is asked), as the tally reads them.
        if (review.isRecused(username)) {
            throw CommitteeException.forbidden("vote.recusedForbidden", review.reference());
        }
        return member;
    }

    /** The session whose agenda the dossier is on, null when on none (the review's verbs refuse what needs one). */
    private CommitteeSession sittingOf(Review review) {
        return review.session() == null
                ? null
                : sessions.find(review.session()).orElseThrow(() -> new NotFoundException("session", review.session()));
    }

    private CommitteeSession sessionOf(Review review) {
        if (review.session() == null) {
            throw CommitteeException.refused("review.notOnAgenda", review.reference());
        }
        return sessions.find(review.session()).orElseThrow(() -> new NotFoundException("session", review.session()));
    }

    private Review loadForEdit(long reviewId, long expectedVersion) {
        Review review = reviews.findLocked(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
        if (review.version() != expectedVersion) {
            throw new ConflictException(review.reference());
        }
        return review;
    }
}
