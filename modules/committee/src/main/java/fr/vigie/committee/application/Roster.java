package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.Interest;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Organisations;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The committee's roster (kept by the secretary) and the members' own declarations of interest.
 * A new declaration recuses its author at once from every open review of that applicant.
 */
@Stateless
@RolesAllowed({Roles.DAC_SECRETARY, Roles.ADMINISTRATOR})
public class Roster {
    @Inject
    OrganisationEnrolment directory;

    @Inject
    MemberRepository members;

    @Inject
    ReviewRepository reviews;

    @Inject
    Recusals recusals;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    /** Appoints a member (the person must also hold the DAC_MEMBER or DAC_CHAIR role to sign in to the committee's screens). */
    public void appoint(String username, String displayName, MemberFunction function, Reason reason) {
        String why = reason.text();
        if (function == null) {
            throw CommitteeException.onField("function", "member.function.required");
        }
        if (username != null && members.findByUsername(username.strip()).isPresent()) {
            throw CommitteeException.onField("username", "member.exists", username);
        }
        CommitteeMember member = new CommitteeMember(username, displayName, function);
        members.store(member);
        members.flush();
        audit.record(CommitteeAudit.onMember("COMMITTEE_MEMBER_APPOINTED", member.username(), why)
                .changed("function", null, member.function())
                .changed("displayName", null, member.displayName())
                .build());
    }

    /** The member's term ends: no more votes, no longer counted for the quorum. */
    public void release(String username, long expectedVersion, Reason reason) {
        String why = reason.text();
        CommitteeMember member = load(username, expectedVersion);
        member.leave();
        members.flush();
        audit.record(CommitteeAudit.onMember("COMMITTEE_MEMBER_LEFT", member.username(), why)
                .changed("active", true, false)
                .build());
    }

    /** The current member declares an interest in an organisation. */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public long declareInterest(String organisationName, String siren, String nature) {
        Stamp stamp = stamps.now();
        CommitteeMember member = members.findByUsername(stamp.actor())
                .orElseThrow(() -> CommitteeException.forbidden("member.notOnRosterForbidden"));
        Interest interest = member.declareInterest(organisationName, siren, nature, stamp);
        directory
                .enrol(CommitteeSchema.NAME, interest.siren(), interest.organisationName(), null)
                .ifPresent(interest::referToDirectory);
        members.flush();
        audit.record(CommitteeAudit.onMember("COMMITTEE_INTEREST_DECLARED", member.username(), interest.nature())
                .changed("organisation", null, interest.describe())
                .build());
        String sirenKey = interest.siren();
        List<Review> concerned = reviews.openForApplicant(
                interest.organisationId().orElse(null), sirenKey, Organisations.nameKey(interest.organisationName()));
        for (Review review : concerned) {
            recusals.detect(review, member);
        }
        reviews.flush();
        return interest.id();
    }

    /** The current member's interest ceased. Recusals already recorded stay. */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public void endInterest(long interestId, Reason reason) {
        String why = reason.text();
        Stamp stamp = stamps.now();
        CommitteeMember member = members.findByUsername(stamp.actor())
                .orElseThrow(() -> CommitteeException.forbidden("member.notOnRosterForbidden"));
        Interest interest = member.endInterest(interestId, stamp);
        members.flush();
        audit.record(CommitteeAudit.onMember("COMMITTEE_INTEREST_ENDED", member.username(), why)
                .changed("organisation", interest.describe(), null)
                .build());
    }

    private CommitteeMember load(String username, long expectedVersion) {
        CommitteeMember member =
                members.findByUsername(username).orElseThrow(() -> new NotFoundException("member", username));
        if (member.version() != expectedVersion) {
            throw new ConflictException(username);
        }
        return member;
    }
}
