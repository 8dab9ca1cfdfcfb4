package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.Interest;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Finds conflicts of interest and records the recusals they cause, with an audit record each. Run
 * whenever a conflict may appear: a referral (or its refresh), a new declaration, an agenda change,
 * and before any vote (so that even a conflict created behind the application's back is caught).
 */
@ApplicationScoped
public class Recusals {
    @Inject
    MemberRepository members;

    @Inject
    CommitteeEventLog log;

    @Inject
    Clock clock;

    /** Recuses every active member with a current interest in the review's applicant. */
    public void detect(Review review) {
        for (CommitteeMember member : members.active()) {
            detect(review, member);
        }
    }

    /** Recuses the member from the review if they declared an interest in its applicant; true when recused. */
    public boolean detect(Review review, CommitteeMember member) {
        if (review.isRecused(member.username())) {
            return true;
        }
        Optional<Interest> interest = review.interestOf(member);
        if (interest.isEmpty()) {
            return false;
        }
        review.recuse(
                member.username(),
                interest.get().describe() + " — " + interest.get().nature(),
                clock.instant());
        log.write(review);
        return true;
    }

    public void detect(List<Review> reviews) {
        List<CommitteeMember> active = members.active();
        for (Review review : reviews) {
            for (CommitteeMember member : active) {
                detect(review, member);
            }
        }
    }
}
