package fr.vigie.dossiers.rest;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.application.DossierFile;
import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.application.DossierInstruction;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.application.DossierSummary;
import fr.vigie.dossiers.domain.DossierException;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.api.clock.ClockView;
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
import java.util.List;

/**
 * {@code /api/dossiers}: instructors submit and instruct applications; managers and
 * administrators read. Invalid input is problem+json naming every field at fault.
 */
@Path("dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DOSSIER_INSTRUCTOR, Roles.MANAGER, Roles.ADMINISTRATOR})
public class DossierResource {
    private static final String REFERENCE = "{reference: DA-[0-9]{4}-[0-9]{6,}}";

    @Inject
    DossierInstruction instruction;

    /** Reading a file through the API is recorded in the read-access log. */
    @Inject
    ReadAccessLog readLog;

    @Inject
    DossierQueries queries;

    @Context
    UriInfo uri;

    /** Creates an application (a draft, or submitted at once with {@code "submit": true}): 201 with its file. */
    @POST
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public Response create(@NotNull @Valid ApplicationRequest body) {
        DossierReference reference = Boolean.TRUE.equals(body.submit())
                ? instruction.createAndSubmit(Forms.form(body))
                : instruction.create(Forms.form(body));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(reference.value()).build())
                .entity(queries.file(reference))
                .build();
    }

    @GET
    @Path(REFERENCE)
    public DossierFile file(@PathParam("reference") String reference) {
        DossierFile file = queries.file(ref(reference));
        readLog.recordRead(new CaseRef(DossiersModule.NAME, reference), ReadKind.FILE_OPENED, null);
        return file;
    }

    /** The dossier's legal clocks, each with its history. */
    @GET
    @Path(REFERENCE + "/clocks")
    public List<ClockView> clocks(@PathParam("reference") String reference) {
        return queries.clocks(ref(reference));
    }

    /** The instructors' list, filtered, sorted and paged by the database. */
    @GET
    public Page<DossierSummary> list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") @DefaultValue("false") boolean ascending,
            @QueryParam("status") String status,
            @QueryParam("procedure") String procedure,
            @QueryParam("instructor") String instructor,
            @QueryParam("q") String text,
            @QueryParam("open") @DefaultValue("false") boolean openOnly) {
        if (limit < 1 || limit > 500) {
            throw DossierException.onField("limit", "limit.range", 500);
        }
        return queries.page(
                new DossierFilter(status, procedure, instructor, text, openOnly), sort, ascending, offset, limit);
    }

    @POST
    @Path(REFERENCE + "/draft")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile saveDraft(@PathParam("reference") String reference, @NotNull @Valid Acts.Draft body) {
        instruction.saveDraft(ref(reference), body.version(), Forms.form(body.application()));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/submit")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile submit(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.submit(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/incomplete")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile incomplete(@PathParam("reference") String reference, @NotNull @Valid Acts.Incomplete body) {
        instruction.declareIncomplete(ref(reference), body.version(), body.missing());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/complete")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile complete(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.declareComplete(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/fee")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile fee(@PathParam("reference") String reference, @NotNull @Valid Acts.Fee body) {
        instruction.estimateFee(ref(reference), body.version(), body.amount(), body.currency());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/fee/accept")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile acceptFee(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.acceptFee(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/withdraw")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile withdraw(@PathParam("reference") String reference, @NotNull @Valid Acts.WithReason body) {
        instruction.withdraw(ref(reference), body.version(), Reason.of(body.reason()));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/decision/extend")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile extendDecision(@PathParam("reference") String reference, @NotNull @Valid Acts.WithReason body) {
        instruction.extendDecision(ref(reference), body.version(), Reason.of(body.reason()));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/grant")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile grant(@PathParam("reference") String reference, @NotNull @Valid Acts.Grant body) {
        instruction.grant(ref(reference), body.version(), Forms.date(body.expiresOn(), "expiresOn"), body.conditions());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/refuse")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile refuse(@PathParam("reference") String reference, @NotNull @Valid Acts.Refuse body) {
        instruction.refuse(ref(reference), body.version(), body.reasons());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/publish")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile publish(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.publishDecision(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/delivered")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile delivered(@PathParam("reference") String reference, @NotNull @Valid Acts.Dated body) {
        instruction.recordDelivery(ref(reference), body.version(), Forms.date(body.on(), "on"));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/available")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile available(@PathParam("reference") String reference, @NotNull @Valid Acts.Dated body) {
        instruction.recordAvailability(ref(reference), body.version(), Forms.date(body.on(), "on"));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/permit/amend")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile amend(@PathParam("reference") String reference, @NotNull @Valid Acts.Amend body) {
        instruction.amendPermit(ref(reference), body.version(), body.conditions(), Reason.of(body.reason()));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/permit/extend")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile extendPermit(@PathParam("reference") String reference, @NotNull @Valid Acts.Extend body) {
        instruction.extendPermit(
                ref(reference), body.version(), Forms.date(body.expiresOn(), "expiresOn"), Reason.of(body.reason()));
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/permit/expire")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile expire(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.expirePermit(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    @POST
    @Path(REFERENCE + "/deletion")
    @RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
    public DossierFile deletion(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        instruction.confirmDeletion(ref(reference), body.version());
        return queries.file(ref(reference));
    }

    /**
     * The dossier named in the path. The path template admits only the reference's format (anything
     * else is a 404, as it always was), so this conversion at the edge never refuses.
     */
    private static DossierReference ref(String reference) {
        return new DossierReference(reference);
    }
}
