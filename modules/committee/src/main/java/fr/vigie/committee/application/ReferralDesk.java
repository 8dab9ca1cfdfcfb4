package fr.vigie.committee.application;

import fr.vigie.committee.api.CommitteeDossierAccess;
import fr.vigie.committee.api.CommitteeReferrals;
import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.ReviewStatus;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;

/**
 * How dossiers reach the committee and leave it ({@link CommitteeReferrals}), for the dossiers module
 * (in its transaction) and for the referral API. No role check here: the dossiers module calls it
 * from its own secured use cases and from its clock job (tacit opinion, run as {@code system});
 * the REST resource in front of it states its roles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReferralDesk implements CommitteeReferrals, CommitteeDossierAccess {
    static final String DOSSIERS_MODULE = "dossiers";

    @Inject
    ReviewRepository reviews;

    @Inject
    SessionRepository sessions;

    @Inject
    MemberRepository members;

    @Inject
    Recusals recusals;

    @Inject
    CommitteeEventLog log;

    @Inject
    Stamps stamps;

    @Inject
    OrganisationEnrolment directory;

    @Override
    public void refer(DossierForReview dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Stamp stamp = stamps.now();
        Optional<Review> existing = reviews.findByDossier(dossier.dossier());
        Review review;
        if (existing.isPresent() && existing.get().stage().isOpen()) {
            review = existing.get();
            review.refresh(dossier);
            reviews.flush();
            log.write(review);
        } else if (existing.isPresent()) {
            // A review that ended (opinion adopted, withdrawn) is history: a new referral of the same dossier
            // (e.g. after a substantial amendment) is refused rather than silently rewriting that history.
            throw fr.vigie.committee.domain.CommitteeException.refused(
                    "referral.alreadyDecided",
                    dossier.dossier(),
                    existing.get().stage().name());
        } else {
            review = new Review(dossier, stamp);
            // The dossiers module enrolled the applicant at submission: found here by its SIREN. A foreign
            // applicant without one stays unlinked (matched by name, as before the directory).
            directory
                    .enrol(CommitteeSchema.NAME, dossier.applicantSiren(), dossier.applicantOrganisation(), null)
                    .ifPresent(review::linkApplicantToDirectory);
            reviews.store(review);
            reviews.flush();
            log.write(review);
        }
        recusals.detect(review);
        reviews.flush();
    }

    @Override
    public void withdraw(CaseRef dossier, String reason) {
        // The published API takes the dossiers module's text: it becomes a Reason here, at the module's edge.
        Reason why = Reason.of(reason);
        Review review = reviews.findByDossier(dossier).orElseThrow(() -> new NotFoundException("review", dossier));
        Long session = review.session();
        if (session != null && review.stage() == fr.vigie.committee.domain.ReviewStage.ON_AGENDA) {
            CommitteeSession onAgenda = sessions.find(session).orElseThrow();
            onAgenda.release(review);
        }
        review.withdraw(why, stamps.now());
        reviews.flush();
        log.write(review);
    }

    @Override
    public Optional<ReviewStatus> statusOf(CaseRef dossier) {
        return reviews.findByDossier(dossier)
                .map(r -> new ReviewStatus(
                        r.stage().name(),
                        r.session() == null
                                ? null
                                : sessions.find(r.session())
                                        .map(CommitteeSession::date)
                                        .orElse(null),
                        r.rapporteur(),
                        r.opinion().kind()));
    }

    /** The id of the dossier's review, for the API's answer to a referral. */
    public Optional<Long> reviewIdOf(CaseRef dossier) {
        return reviews.findByDossier(dossier).map(Review::id);
    }

    @Override
    public boolean mayRead(CaseRef dossier, String username) {
        Optional<Review> review = reviews.findByDossier(dossier);
        Optional<CommitteeMember> member = members.findByUsername(username);
        return review.isPresent()
                && member.isPresent()
                && member.get().isActive()
                && !review.get().isRecused(username)
                && review.get().interestOf(member.get()).isEmpty();
    }
}
