package fr.vigie.sanctions.rest;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.sanctions.application.CaseFile;
import fr.vigie.sanctions.application.CaseFilter;
import fr.vigie.sanctions.application.CasePage;
import fr.vigie.sanctions.application.FormalNotices;
import fr.vigie.sanctions.application.NoticeFile;
import fr.vigie.sanctions.application.NoticeForm;
import fr.vigie.sanctions.application.PublicationAnonymiser;
import fr.vigie.sanctions.application.SanctionProcedure;
import fr.vigie.sanctions.application.SanctionQueries;
import fr.vigie.sanctions.application.SanctionReasons;
import fr.vigie.sanctions.domain.AppealOutcome;
import fr.vigie.sanctions.domain.SanctionReference;
import fr.vigie.sanctions.domain.SanctionsException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/sanctions}: formal notices and sanction cases. Each act is {@code POST .../{act}} with
 * the version the person saw; refusals are problem+json naming the field (422), separation of
 * duties refusals are 403, a concurrent change 409.
 */
@Path("sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.PRESIDENT,
    Roles.RAPPORTEUR,
    Roles.SANCTIONS_MEMBER,
    Roles.SANCTIONS_CHAIR,
    Roles.MANAGER,
    Roles.ADMINISTRATOR
})
public class SanctionResource {
    private static final String NOTICE = "{reference: MD-[0-9]{4}-[0-9]{6,}}";
    private static final String CASE = "{reference: SAN-[0-9]{4}-[0-9]{6,}}";

    @Inject
    FormalNotices notices;

    @Inject
    SanctionProcedure procedure;

    @Inject
    SanctionQueries queries;

    @Inject
    PublicationAnonymiser anonymiser;

    @Context
    UriInfo uri;

    /** Notices and cases, filtered, sorted and paged by the database. */
    @GET
    public CasePage list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") @DefaultValue("false") boolean ascending,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("procedure") String procedureName,
            @QueryParam("rapporteur") String rapporteur,
            @QueryParam("q") String text,
            @QueryParam("open") @DefaultValue("false") boolean openOnly) {
        if (limit < 1 || limit > 500) {
            throw SanctionsException.onField("limit", "limit.range", 500);
        }
        return queries.page(
                new CaseFilter(kind, status, procedureName, rapporteur, text, openOnly),
                sort,
                ascending,
                offset,
                limit);
    }

    /** The activity report: decisions, measures and fines imposed per year, procedure and infringed article. */
    @GET
    @Path("activity")
    public java.util.List<fr.vigie.sanctions.application.ActivityRow> activity() {
        return queries.activity();
    }

    @POST
    @Path("notices")
    @RolesAllowed(Roles.PRESIDENT)
    public Response prepare(@NotNull NoticeForm form) {
        String reference = notices.prepare(form);
        return Response.created(uri.getAbsolutePathBuilder().path(reference).build())
                .entity(queries.noticeFile(reference))
                .build();
    }

    @GET
    @Path("notices/" + NOTICE)
    public NoticeFile notice(@PathParam("reference") String reference) {
        return queries.noticeFile(reference);
    }

    @POST
    @Path("notices/" + NOTICE + "/{act}")
    @RolesAllowed(Roles.PRESIDENT)
    public Response noticeAct(
            @PathParam("reference") String reference, @PathParam("act") String act, @NotNull ActRequest body) {
        long v = version(body);
        switch (act) {
            case "sign" -> notices.sign(reference, v);
            case "extend" ->
                notices.extend(
                        reference,
                        v,
                        body.amount() == null ? 0 : body.amount(),
                        body.unit() == null ? "days" : body.unit(),
                        body.reason());
            case "make-public" -> notices.makePublic(reference, v, body.reason());
            case "complied" -> notices.closeComplied(reference, v, body.reason());
            case "not-complied" -> {
                String opened = notices.findNotComplied(reference, v, body.reason());
                return Response.ok(Map.of("notice", queries.noticeFile(reference), "sanctionCase", opened))
                        .build();
            }
            default -> {
                return Response.status(404).build();
            }
        }
        return Response.ok(queries.noticeFile(reference)).build();
    }

    @POST
    @Path("cases")
    @RolesAllowed(Roles.PRESIDENT)
    public Response open(@NotNull NoticeForm form) {
        String reference = procedure.open(form);
        return Response.created(uri.getAbsolutePathBuilder().path(reference).build())
                .entity(queries.caseFile(reference))
                .build();
    }

    @GET
    @Path("cases/" + CASE)
    public CaseFile sanctionCase(@PathParam("reference") String reference) {
        return queries.caseFile(reference);
    }

    /**
     * A document for the case file: the raw bytes, {@code ?version=&filename=} (the platform store
     * checks type and size); answers 201 with the stored document, which {@code add-to-file} may then list.
     */
    @POST
    @Path("cases/" + CASE + "/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.PRESIDENT, Roles.RAPPORTEUR, Roles.SANCTIONS_CHAIR})
    public Response attachDocument(
            @PathParam("reference") String reference,
            @QueryParam("version") long version,
            @QueryParam("filename") String filename,
            InputStream content) {
        DocumentInfo stored = procedure.attachDocument(SanctionReference.of(reference), version, filename, content);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @POST
    @Path("cases/" + CASE + "/{act}")
    @RolesAllowed({Roles.PRESIDENT, Roles.RAPPORTEUR, Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR})
    public Response caseAct(
            @PathParam("reference") String reference, @PathParam("act") String act, @NotNull ActRequest b) {
        long v = version(b);
        SanctionReference ref = SanctionReference.of(reference);
        switch (act) {
            case "refer" -> procedure.refer(ref, v, SanctionReasons.required(b.reason()));
            case "appoint-rapporteur" -> procedure.appointRapporteur(ref, v, b.rapporteur());
            case "choose-simplified" -> procedure.chooseSimplified(ref, v, SanctionReasons.required(b.reason()));
            case "switch-to-ordinary" -> procedure.switchToOrdinary(ref, v, SanctionReasons.required(b.reason()));
            case "notify-report" -> procedure.notifyReport(ref, v);
            case "extend-reply" ->
                procedure.extendReply(
                        ref, v, b.days() == null ? 0 : b.days(), SanctionReasons.forExtension(b.reason()));
            case "record-reply" -> procedure.recordReply(ref, v, b.receivedOn());
            case "answer" -> procedure.answer(ref, v, b.summary());
            case "decline-answer" -> procedure.declineAnswer(ref, v);
            case "schedule-hearing" -> procedure.scheduleHearing(ref, v, b.hearingOn(), b.flag(b.closedRequested()));
            case "hold-hearing" -> procedure.holdHearing(ref, v, b.attendance(), b.minutes());
            case "open-deliberation" -> procedure.openDeliberation(ref, v, b.present());
            case "vote" -> procedure.vote(ref, v, b.flag(b.inFavour()));
            case "adopt-decision" -> procedure.adoptDecision(ref, v, b.decision());
            case "decide-alone" -> procedure.decideAlone(ref, v, b.decision());
            case "notify-decision" -> procedure.notifyDecision(ref, v);
            case "record-appeal" -> procedure.recordAppeal(ref, v, b.lodgedOn());
            case "record-appeal-outcome" -> procedure.recordAppealOutcome(ref, v, outcome(b.outcome()), b.summary());
            case "publish" -> procedure.publish(ref, v, b.anonymiseOn());
            case "accrue-penalty" -> procedure.accruePenalty(ref, v, b.until(), b.flag(b.complied()));
            case "share-draft" -> procedure.shareDraftDecision(ref, v);
            case "record-objection" -> procedure.recordObjection(ref, v, b.authority(), b.objection());
            case "flag-art65" -> procedure.flagForArt65(ref, v, SanctionReasons.required(b.reason()));
            case "add-to-file" ->
                procedure.addToFile(
                        ref,
                        v,
                        b.title(),
                        b.documentId(),
                        b.flag(b.confidential()),
                        b.publicVersionId(),
                        b.audience() == null ? "ORGANISATION" : b.audience(),
                        b.sentOn());
            default -> {
                return Response.status(404).build();
            }
        }
        return Response.ok(queries.caseFile(reference)).build();
    }

    /** A committee member declares an interest in an organisation (recused from its cases). */
    @POST
    @Path("interests")
    @RolesAllowed({Roles.SANCTIONS_MEMBER, Roles.SANCTIONS_CHAIR})
    public Response declareInterest(@NotNull InterestRequest body) {
        procedure.declareInterest(body.organisationNumber(), body.organisationName(), body.description());
        return Response.noContent().build();
    }

    /** Runs the anonymisation task now (administrators); answers how many published decisions it anonymised. */
    @POST
    @Path("anonymisation")
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Map<String, Integer> anonymise() {
        return Map.of("anonymised", anonymiser.runNow());
    }

    private static long version(ActRequest body) {
        if (body.version() == null) {
            throw SanctionsException.onField("version", "field.required");
        }
        return body.version();
    }

    private static AppealOutcome outcome(String text) {
        try {
            return text == null ? null : AppealOutcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SanctionsException.onField("outcome", "appeal.outcome.required");
        }
    }
}
