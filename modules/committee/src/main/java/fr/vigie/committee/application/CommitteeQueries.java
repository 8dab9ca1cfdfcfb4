package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Interest;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewRepository;
import fr.vigie.committee.domain.SessionRepository;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.Vote;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.CaseOrganisations;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the committee's screens and API read. A member recused from a dossier may not read its
 * review (403): what the others say about the applicant is none of their business.
 */
@Stateless
@RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.DAC_SECRETARY})
public class CommitteeQueries {
    @Inject
    ReviewRepository reviews;

    @Inject
    SessionRepository sessions;

    @Inject
    MemberRepository members;

    @Inject
    CommitteeReadModel readModel;

    @Inject
    Tallies tallies;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    Stamps stamps;

    @Inject
    VotingConfiguration voting;

    @Inject
    OrganisationDirectory directory;

    public Views.ReviewView review(long id) {
        Review r = reviews.find(id).orElseThrow(() -> new NotFoundException("review", id));
        String me = currentUser.username();
        boolean member = currentUser.hasRole(Role.DAC_MEMBER) || currentUser.hasRole(Role.DAC_CHAIR);
        if (member
                && (r.isRecused(me)
                        || members.findByUsername(me).flatMap(r::interestOf).isPresent())) {
            throw CommitteeException.forbidden("review.recusedForbidden", r.reference());
        }
        Map<String, String> names = names();
        CommitteeSession session =
                r.session() == null ? null : sessions.find(r.session()).orElse(null);
        Views.TallyView tally = null;
        Tally t = session == null ? null : tallies.of(r, session);
        if (t != null) {
            tally = new Views.TallyView(
                    t.eligible().size(),
                    t.quorum(),
                    t.quorumReached(),
                    t.missing().stream()
                            .map(u -> names.getOrDefault(u, u))
                            .sorted()
                            .toList(),
                    t.favourable(),
                    t.withReservations(),
                    t.unfavourable(),
                    t.abstentions(),
                    t.tie(),
                    t.noMajority(),
                    t.outcome().map(Enum::name).orElse(null));
        }
        List<Views.VoteView> votes =
                r.currentVotes().stream().map(v -> vote(v, names)).toList();
        Views.VoteView mine = r.voteOf(me).map(v -> vote(v, names)).orElse(null);
        LocalDate today = stamps.now().today();
        return new Views.ReviewView(
                r.id(),
                r.version(),
                r.dossier().toString(),
                r.reference(),
                r.snapshot().title(),
                r.snapshot().procedure(),
                r.snapshot().purpose(),
                r.snapshot().applicantName(),
                r.snapshot().applicantSiren(),
                r.snapshot().principalInvestigator(),
                r.snapshot().opinionDueDate(),
                r.snapshot().opinionDueDate() == null
                        ? null
                        : ChronoUnit.DAYS.between(today, r.snapshot().opinionDueDate()),
                r.snapshot().instructor(),
                documentsOf(r),
                r.stage().name(),
                r.session(),
                session == null ? null : session.reference(),
                session == null ? null : session.date(),
                session == null ? null : session.status().name(),
                r.rapporteur(),
                r.rapporteur() == null ? null : names.getOrDefault(r.rapporteur(), r.rapporteur()),
                r.opinion().draftKind() == null ? null : r.opinion().draftKind().name(),
                r.opinion().draftReasoning(),
                r.recusals().stream()
                        .map(x -> new Views.RecusalView(
                                x.username(),
                                names.getOrDefault(x.username(), x.username()),
                                x.interest(),
                                x.recordedAt()))
                        .toList(),
                votes,
                mine,
                tally,
                r.opinion().castingVote() == null
                        ? null
                        : r.opinion().castingVote().name(),
                r.opinion().castingVoteBy(),
                r.opinion().kind() == null ? null : r.opinion().kind().name(),
                r.opinion().reasoning(),
                r.opinion().reservations(),
                r.opinion().adoptedOn(),
                r.gatheredReservations(),
                r.stage().isOpen(),
                ActsForUser.onReview(r, session, t, today, currentUser));
    }

    public Views.SessionView session(long id) {
        CommitteeSession s = sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
        Map<Long, Review> byId = new HashMap<>();
        reviews.findAll(s.agenda()).forEach(r -> byId.put(r.id(), r));
        Map<String, String> names = names();
        List<Views.AgendaItem> agenda = new ArrayList<>();
        int position = 0;
        for (Long reviewId : s.agenda()) {
            Review r = byId.get(reviewId);
            agenda.add(new Views.AgendaItem(
                    ++position,
                    r.id(),
                    r.version(),
                    r.reference(),
                    r.snapshot().title(),
                    r.snapshot().applicantName(),
                    r.rapporteur() == null ? null : names.getOrDefault(r.rapporteur(), r.rapporteur()),
                    r.stage().name(),
                    r.opinion().kind() == null ? null : r.opinion().kind().name(),
                    r.snapshot().opinionDueDate(),
                    r.recusals().size()));
        }
        return new Views.SessionView(
                s.id(),
                s.version(),
                s.reference(),
                s.date(),
                s.title(),
                s.status().name(),
                agenda,
                List.copyOf(s.attendees()),
                s.minutesDocument(),
                ActsForUser.onSession(s, stamps.now().today(), currentUser));
    }

    public List<Views.SessionSummary> sessions(int offset, int limit) {
        return readModel.sessions(offset, limit);
    }

    public long countSessions() {
        return readModel.countSessions();
    }

    /** Sessions not closed yet, soonest first: the coming ones and any in progress. */
    public List<Views.SessionSummary> openSessions(int limit) {
        return readModel.openSessions(limit);
    }

    /** The chair's and secretary's follow-up: open reviews, opinion deadline first, except those the reader is recused from. */
    @RolesAllowed({Roles.DAC_CHAIR, Roles.DAC_SECRETARY})
    public List<Views.OpenReview> openReviews(int limit) {
        return readModel.openReviews(currentUser.username(), limit, stamps.now().today());
    }

    /** The open reviews counted by stage and by opinion deadline (passed, or within {@code soonDays} days). */
    public Views.ReviewCounts openReviewCounts(int soonDays) {
        return readModel.openReviewCounts(stamps.now().today(), soonDays);
    }

    /** The quorum a dossier needs with today's roster and the configured voting rules. */
    public Views.Quorum quorum() {
        int seats = members.active().size();
        return new Views.Quorum(voting.rules().quorum(seats), seats);
    }

    @RolesAllowed(Roles.DAC_SECRETARY)
    public List<Views.ReadyReview> awaitingSession(int limit) {
        return readModel.awaitingSession(limit, stamps.now().today());
    }

    /** The current member's dossiers to review: on the agenda of a coming session, or as rapporteur. */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Views.MyReviewsPage myReviews(
            boolean rapporteurOnly, String sort, boolean ascending, int offset, int limit) {
        return readModel.myReviews(
                currentUser.username(),
                rapporteurOnly,
                sort,
                ascending,
                offset,
                limit,
                stamps.now().today());
    }

    public List<Views.MemberView> roster() {
        return memberViews(directory, members.active());
    }

    /** The current member's roster entry and declarations (empty when not on the roster). */
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Views.MemberView me() {
        return members.findByUsername(currentUser.username())
                .map(m -> memberViews(directory, List.of(m)).get(0))
                .orElse(null);
    }

    /**
     * The members with their declarations of interest, each organisation named as the directory names
     * it today when the declaration is linked to it (ADR 7 step 1), as declared otherwise: one directory
     * query for every declaration of the roster. The declarations themselves keep what was written.
     */
    static List<Views.MemberView> memberViews(OrganisationDirectory directory, List<CommitteeMember> ms) {
        List<Interest> all = ms.stream().flatMap(m -> m.interests().stream()).toList();
        List<CaseOrganisation> named = CaseOrganisations.resolve(
                directory, all, i -> i.organisationId().orElse(null), Interest::organisationName, Interest::siren);
        Map<Interest, CaseOrganisation> byInterest = new IdentityHashMap<>();
        for (int k = 0; k < all.size(); k++) {
            byInterest.put(all.get(k), named.get(k));
        }
        return ms.stream()
                .map(m -> new Views.MemberView(
                        m.username(),
                        m.displayName(),
                        m.function().name(),
                        m.isActive(),
                        m.version(),
                        m.interests().stream()
                                .map(i -> new Views.InterestView(
                                        i.id(),
                                        byInterest.get(i).name(),
                                        byInterest.get(i).number(),
                                        i.nature(),
                                        i.declaredOn(),
                                        i.endedOn()))
                                .toList()))
                .toList();
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        members.active().forEach(m -> names.put(m.username(), m.displayName()));
        return names;
    }

    private static Views.VoteView vote(Vote v, Map<String, String> names) {
        return new Views.VoteView(
                v.voter(),
                names.getOrDefault(v.voter(), v.voter()),
                v.choice().name(),
                v.remarks(),
                v.castAt(),
                v.version());
    }

    /** The dossier's documents; filenames come from the document store, which shows only what the reader may open. */
    private List<Views.DocumentLink> documentsOf(Review r) {
        if (r.documents().isEmpty()) {
            return List.of();
        }
        Map<UUID, String> readable = new HashMap<>();
        for (DocumentInfo info : documents.listFor(r.dossier())) {
            readable.put(info.id(), info.filename());
        }
        return r.documents().stream()
                .map(id -> new Views.DocumentLink(id, readable.get(id)))
                .toList();
    }
}
