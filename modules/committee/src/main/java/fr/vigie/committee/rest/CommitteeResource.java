package fr.vigie.committee.rest;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.api.ReviewStatus;
import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Deliberation;
import fr.vigie.committee.application.ReferralDesk;
import fr.vigie.committee.application.Roster;
import fr.vigie.committee.application.SessionAdministration;
import fr.vigie.committee.application.Views;
import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.Vote;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/committee}. Referrals come from dossier instruction (instructors, administrators, or
 * another system under such an account): it is how a real integration reaches the committee, and
 * how the tests put dossiers before it. Everything else is the committee's own: the secretary's
 * sessions and agendas, the members' votes and declarations, the chair's casting vote.
 */
@Path("committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.DAC_SECRETARY})
public class CommitteeResource {
    @Inject
    ReferralDesk referrals;

    @Inject
    SessionAdministration administration;

    @Inject
    Deliberation deliberation;

    @Inject
    Roster roster;

    @Inject
    CommitteeQueries queries;

    @Context
    UriInfo uri;

    // ------------------------------------------------------------------ referrals

    /** Refers a dossier (201), or refreshes what members see of a dossier already under review (200). */
    @POST
    @Path("referrals")
    @RolesAllowed({Roles.DOSSIER_INSTRUCTOR, Roles.ADMINISTRATOR})
    public Response refer(@NotNull @Valid Bodies.Referral body) {
        CaseRef dossier = CaseRef.parse(body.dossier());
        boolean known = referrals.statusOf(dossier).isPresent();
        referrals.refer(new DossierForReview(
                dossier,
                body.title(),
                body.procedure(),
                body.purpose(),
                body.applicantOrganisation(),
                body.applicantSiren(),
                body.principalInvestigator(),
                date(body.opinionDueDate(), "opinionDueDate"),
                body.instructor(),
                body.documents()));
        long id = referrals.reviewIdOf(dossier).orElseThrow();
        return Response.status(known ? Response.Status.OK : Response.Status.CREATED)
                .location(
                        uri.getBaseUriBuilder().path("committee/reviews/" + id).build())
                .entity(referral(dossier, id))
                .build();
    }

    /** The answer to a referral: the review's id (for the committee's own API) and where it stands. */
    private Map<String, Object> referral(CaseRef dossier, long id) {
        ReviewStatus status = referrals.statusOf(dossier).orElseThrow();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", id);
        body.put("dossier", dossier.toString());
        body.put("stage", status.stage());
        body.put(
                "sessionDate",
                status.sessionDate() == null ? null : status.sessionDate().toString());
        body.put("rapporteur", status.rapporteur());
        body.put("opinion", status.opinion() == null ? null : status.opinion().name());
        return body;
    }

    @POST
    @Path("referrals/withdrawal")
    @RolesAllowed({Roles.DOSSIER_INSTRUCTOR, Roles.ADMINISTRATOR})
    public ReviewStatus withdraw(@NotNull @Valid Bodies.Withdrawal body) {
        CaseRef dossier = CaseRef.parse(body.dossier());
        referrals.withdraw(dossier, body.reason());
        return referrals.statusOf(dossier).orElseThrow();
    }

    @GET
    @Path("referrals/status")
    @RolesAllowed({Roles.DOSSIER_INSTRUCTOR, Roles.ADMINISTRATOR, Roles.DAC_SECRETARY})
    public ReviewStatus status(@QueryParam("dossier") String dossier) {
        if (dossier == null || dossier.isBlank()) {
            throw CommitteeException.onField("dossier", "referral.dossier.required");
        }
        CaseRef ref = CaseRef.parse(dossier);
        return referrals.statusOf(ref).orElseThrow(() -> new NotFoundException("review", dossier));
    }

    // ------------------------------------------------------------------ reviews

    @GET
    @Path("reviews/ready")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public List<Views.ReadyReview> ready(@QueryParam("limit") @DefaultValue("200") int limit) {
        return queries.awaitingSession(Math.max(1, Math.min(limit, 500)));
    }

    @GET
    @Path("reviews/{id: [0-9]+}")
    public Views.ReviewView review(@PathParam("id") long id) {
        return queries.review(id);
    }

    @GET
    @Path("reviews/{id: [0-9]+}/tally")
    public Map<String, Object> tally(@PathParam("id") long id) {
        Tally t = deliberation.tally(id);
        return Map.ofEntries(
                Map.entry("eligible", t.eligible().size()),
                Map.entry("quorum", t.quorum()),
                Map.entry("quorumReached", t.quorumReached()),
                Map.entry("missing", t.missing().stream().sorted().toList()),
                Map.entry("favourable", t.favourable()),
                Map.entry("withReservations", t.withReservations()),
                Map.entry("unfavourable", t.unfavourable()),
                Map.entry("abstentions", t.abstentions()),
                Map.entry("tie", t.tie()),
                Map.entry("noMajority", t.noMajority()),
                Map.entry("outcome", t.outcome().map(Enum::name).orElse("")));
    }

    @POST
    @Path("reviews/{id: [0-9]+}/rapporteur")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.ReviewView rapporteur(@PathParam("id") long id, @NotNull @Valid Bodies.Rapporteur body) {
        administration.assignRapporteur(id, body.version(), body.rapporteur(), Reason.of(body.reason()));
        return queries.review(id);
    }

    @POST
    @Path("reviews/{id: [0-9]+}/draft")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Views.ReviewView draft(@PathParam("id") long id, @NotNull @Valid Bodies.Draft body) {
        deliberation.draft(id, body.version(), OpinionKind.valueOf(body.kind()), body.reasoning());
        return queries.review(id);
    }

    @POST
    @Path("reviews/{id: [0-9]+}/votes")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Response vote(@PathParam("id") long id, @NotNull @Valid Bodies.Ballot body) {
        Vote vote = deliberation.vote(id, VoteChoice.valueOf(body.choice()), body.remarks(), body.version());
        return Response.ok(Map.of("choice", vote.choice().name(), "version", vote.version()))
                .build();
    }

    @POST
    @Path("reviews/{id: [0-9]+}/casting-vote")
    @RolesAllowed(Roles.DAC_CHAIR)
    public Views.ReviewView castingVote(@PathParam("id") long id, @NotNull @Valid Bodies.CastingVote body) {
        deliberation.castDecidingVote(id, body.version(), OpinionKind.valueOf(body.kind()), Reason.of(body.reason()));
        return queries.review(id);
    }

    @POST
    @Path("reviews/{id: [0-9]+}/adoption")
    @RolesAllowed({Roles.DAC_SECRETARY, Roles.DAC_CHAIR})
    public Views.ReviewView adopt(@PathParam("id") long id, @NotNull @Valid Bodies.Adoption body) {
        deliberation.adopt(id, body.version(), body.reasoning(), body.reservations());
        return queries.review(id);
    }

    // ------------------------------------------------------------------ sessions

    @GET
    @Path("sessions")
    public List<Views.SessionSummary> sessions(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        return queries.sessions(Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
    }

    @POST
    @Path("sessions")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Response plan(@NotNull @Valid Bodies.NewSession body) {
        long id = administration.plan(date(body.date(), "date"), body.title());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(queries.session(id))
                .build();
    }

    @GET
    @Path("sessions/{id: [0-9]+}")
    public Views.SessionView session(@PathParam("id") long id) {
        return queries.session(id);
    }

    @POST
    @Path("sessions/{id: [0-9]+}/schedule")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView reschedule(@PathParam("id") long id, @NotNull @Valid Bodies.Schedule body) {
        administration.reschedule(
                id, body.version(), date(body.date(), "date"), body.title(), Reason.of(body.reason()));
        return queries.session(id);
    }

    @POST
    @Path("sessions/{id: [0-9]+}/agenda")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView agenda(@PathParam("id") long id, @NotNull @Valid Bodies.Agenda body) {
        administration.setAgenda(id, body.version(), body.reviews(), Reason.optional(body.reason()));
        return queries.session(id);
    }

    @POST
    @Path("sessions/{id: [0-9]+}/convocation")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView convene(@PathParam("id") long id, @NotNull @Valid Bodies.Versioned body) {
        administration.convene(id, body.version());
        return queries.session(id);
    }

    @POST
    @Path("sessions/{id: [0-9]+}/opening")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView open(@PathParam("id") long id, @NotNull @Valid Bodies.Opening body) {
        administration.open(id, body.version(), body.attendees());
        return queries.session(id);
    }

    @POST
    @Path("sessions/{id: [0-9]+}/postponement")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView postpone(@PathParam("id") long id, @NotNull @Valid Bodies.Postponement body) {
        administration.postpone(id, body.version(), body.review(), Reason.of(body.reason()));
        return queries.session(id);
    }

    /** Closes the session; the minutes PDF is then at {@code /api/documents/{minutesDocument}}. */
    @POST
    @Path("sessions/{id: [0-9]+}/closure")
    @RolesAllowed(Roles.DAC_SECRETARY)
    public Views.SessionView close(@PathParam("id") long id, @NotNull @Valid Bodies.Versioned body) {
        administration.close(id, body.version());
        return queries.session(id);
    }

    // ------------------------------------------------------------------ members

    @GET
    @Path("my/reviews")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Views.MyReviewsPage myReviews(
            @QueryParam("rapporteur") @DefaultValue("false") boolean rapporteurOnly,
            @QueryParam("sort") @DefaultValue("opinionDueDate") String sort,
            @QueryParam("ascending") @DefaultValue("true") boolean ascending,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        if (limit < 1 || limit > 200) {
            throw CommitteeException.onField("limit", "paging.limit", 200);
        }
        return queries.myReviews(rapporteurOnly, sort, ascending, Math.max(0, offset), limit);
    }

    @GET
    @Path("members")
    public List<Views.MemberView> members() {
        return queries.roster();
    }

    @POST
    @Path("members")
    @RolesAllowed({Roles.DAC_SECRETARY, Roles.ADMINISTRATOR})
    public Response appoint(@NotNull @Valid Bodies.Appointment body) {
        roster.appoint(
                body.username(), body.displayName(), MemberFunction.valueOf(body.function()), Reason.of(body.reason()));
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("members/{username}/release")
    @RolesAllowed({Roles.DAC_SECRETARY, Roles.ADMINISTRATOR})
    public Response release(@PathParam("username") String username, @NotNull @Valid Bodies.Release body) {
        roster.release(username, body.version(), Reason.of(body.reason()));
        return Response.noContent().build();
    }

    @GET
    @Path("members/me")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Views.MemberView me() {
        Views.MemberView me = queries.me();
        if (me == null) {
            throw new NotFoundException("member", "me");
        }
        return me;
    }

    @POST
    @Path("members/me/interests")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Response declare(@NotNull @Valid Bodies.Declaration body) {
        long id = roster.declareInterest(body.organisationName(), body.siren(), body.nature());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("members/me/interests/{id: [0-9]+}/end")
    @RolesAllowed({Roles.DAC_MEMBER, Roles.DAC_CHAIR})
    public Response endInterest(@PathParam("id") long id, @NotNull @Valid Bodies.EndOfInterest body) {
        roster.endInterest(id, Reason.of(body.reason()));
        return Response.noContent().build();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw CommitteeException.onField(field, "date.invalid", text);
        }
    }
}
