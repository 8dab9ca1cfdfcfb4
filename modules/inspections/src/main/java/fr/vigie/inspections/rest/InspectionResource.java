package fr.vigie.inspections.rest;

import fr.vigie.inspections.application.BoardCell;
import fr.vigie.inspections.application.Inputs;
import fr.vigie.inspections.application.InspectionFile;
import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.application.InspectionHandling;
import fr.vigie.inspections.application.InspectionListPage;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.Interests;
import fr.vigie.inspections.application.NewInspectionForm;
import fr.vigie.inspections.application.Programme;
import fr.vigie.inspections.application.ProgrammeProgressReport;
import fr.vigie.inspections.application.ProgressRow;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.document.DocumentInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/inspections}. Reading is open to the inspection roles and managers; each act to the
 * role of {@link fr.vigie.inspections.domain.InspectionAct} (checked again by the EJB facade: a
 * caller without it gets 403).
 */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HEAD_OF_INSPECTIONS, Roles.INSPECTOR, Roles.PRESIDENT, Roles.MANAGER})
public class InspectionResource {
    private static final String REFERENCE = "{reference: " + InspectionReference.PATTERN + "}";

    @Inject
    InspectionHandling handling;

    @Inject
    InspectionQueries queries;

    @Inject
    Programme programme;

    @Inject
    Interests interests;

    @Inject
    ProgrammeProgressReport progressReport;

    @Context
    UriInfo uri;

    /** Opens an inspection: 201 with its file. */
    @POST
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public Response open(@NotNull @Valid Acts.Open body) {
        String reference = handling.open(new NewInspectionForm(
                        body.origin(),
                        body.originCase(),
                        body.type(),
                        body.theme(),
                        body.year(),
                        body.quarter(),
                        body.organisationName(),
                        body.organisationNumber(),
                        body.organisationCountry(),
                        Boolean.TRUE.equals(body.sensitiveData()),
                        Boolean.TRUE.equals(body.minors()),
                        body.subject(),
                        Dates.date(body.breachKnownOn(), "breachKnownOn"),
                        Dates.date(body.breachNotifiedOn(), "breachNotifiedOn"),
                        body.breachPeopleAffected(),
                        body.breachDataCategories()))
                .value();
        return Response.created(uri.getAbsolutePathBuilder().path(reference).build())
                .entity(queries.file(reference))
                .build();
    }

    /** The list, filtered, sorted and paged by the database. */
    @GET
    public InspectionListPage list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") @DefaultValue("false") boolean ascending,
            @QueryParam("theme") String theme,
            @QueryParam("type") String type,
            @QueryParam("status") String status,
            @QueryParam("organisation") String organisation,
            @QueryParam("inspector") String inspector,
            @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter,
            @QueryParam("origin") String origin) {
        return queries.list(
                new InspectionFilter(theme, type, status, organisation, inspector, year, quarter, origin),
                sort,
                ascending,
                offset,
                limit);
    }

    @GET
    @Path(REFERENCE)
    public InspectionFile file(@PathParam("reference") String reference) {
        return queries.file(reference);
    }

    @GET
    @Path(REFERENCE + "/documents")
    public List<DocumentInfo> documents(@PathParam("reference") String reference) {
        return queries.documents(reference);
    }

    /** The inspections opened from a case of another module: {@code ?origin=complaints:PL-2026-000123}. */
    @GET
    @Path("from")
    public List<String> fromOrigin(@QueryParam("origin") String origin) {
        return queries.fromOrigin(origin);
    }

    @POST
    @Path(REFERENCE + "/prepare")
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public InspectionFile prepare(@PathParam("reference") String reference, @NotNull @Valid Acts.Prepare body) {
        handling.prepare(
                ref(reference),
                body.version(),
                body.lead(),
                body.members(),
                body.place(),
                Dates.date(body.visitDate(), "visitDate"));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/sign-mission-order")
    @RolesAllowed(Roles.PRESIDENT)
    public InspectionFile signMissionOrder(
            @PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.signMissionOrder(ref(reference), body.version());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/conduct")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile conduct(@PathParam("reference") String reference, @NotNull @Valid Acts.Conduct body) {
        handling.conduct(ref(reference), body.version(), Dates.date(body.conductedOn(), "conductedOn"));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/minutes")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile minutes(@PathParam("reference") String reference, @NotNull @Valid Acts.Minutes body) {
        handling.writeMinutes(ref(reference), body.version(), body.peopleMet(), body.text());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/findings")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile addFinding(@PathParam("reference") String reference, @NotNull @Valid Acts.Finding body) {
        handling.addFinding(
                ref(reference),
                body.version(),
                body.article(),
                body.severity(),
                body.description(),
                body.evidence() == null
                        ? List.of()
                        : body.evidence().stream()
                                .map(e -> Dates.uuid(e, "evidence"))
                                .toList(),
                Reason.optional(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/findings/{finding: [0-9]+}/remove")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile removeFinding(
            @PathParam("reference") String reference,
            @PathParam("finding") long finding,
            @NotNull @Valid Acts.Versioned body) {
        handling.removeFinding(ref(reference), body.version(), finding);
        return queries.file(reference);
    }

    /** Evidence upload: the raw bytes, {@code ?version=&filename=}. */
    @POST
    @Path(REFERENCE + "/evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INSPECTOR)
    public Response attachEvidence(
            @PathParam("reference") String reference,
            @QueryParam("version") long version,
            @QueryParam("filename") String filename,
            InputStream content) {
        DocumentInfo stored = handling.attachEvidence(ref(reference), version, filename, content);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @POST
    @Path(REFERENCE + "/notify-minutes")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile notifyMinutes(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.notifyMinutes(ref(reference), body.version());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/addenda")
    @RolesAllowed(Roles.INSPECTOR)
    public InspectionFile addAddendum(@PathParam("reference") String reference, @NotNull @Valid Acts.Addendum body) {
        handling.addAddendum(ref(reference), body.version(), Reason.optional(body.reason()), body.text());
        return queries.file(reference);
    }

    /** The organisation's observations: the raw bytes, {@code ?version=&receivedOn=&filename=}. */
    @POST
    @Path(REFERENCE + "/observations")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INSPECTOR, Roles.HEAD_OF_INSPECTIONS})
    public InspectionFile recordObservations(
            @PathParam("reference") String reference,
            @QueryParam("version") long version,
            @QueryParam("receivedOn") String receivedOn,
            @QueryParam("filename") String filename,
            InputStream content) {
        handling.recordObservations(ref(reference), version, Dates.date(receivedOn, "receivedOn"), filename, content);
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/period-elapsed")
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public InspectionFile periodElapsed(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.recordPeriodElapsed(ref(reference), body.version());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/close")
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public InspectionFile close(@PathParam("reference") String reference, @NotNull @Valid Acts.Close body) {
        handling.close(ref(reference), body.version(), body.outcome(), Reason.optional(body.reason()));
        return queries.file(reference);
    }

    @GET
    @Path("programme/{year: [0-9]{4}}")
    public Map<String, Object> programme(@PathParam("year") int year) {
        List<BoardCell> board = programme.board(year);
        return Map.of(
                "year",
                year,
                "targets",
                programme.targets(year).stream()
                        .map(t -> Map.of("theme", t.theme(), "target", t.target(), "version", t.version()))
                        .toList(),
                "board",
                board);
    }

    /**
     * The "programme progress" report: JSON rows, or {@code ?format=csv|xlsx|pdf} for the file the
     * programme page offers.
     */
    @GET
    @Path("programme/{year: [0-9]{4}}/progress")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public Response progress(
            @PathParam("year") int year, @QueryParam("format") String format, @Context HttpHeaders headers) {
        List<ProgressRow> rows = programme.progress(year);
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
            return Response.ok(rows, MediaType.APPLICATION_JSON).build();
        }
        ProgrammeProgressReport.Format chosen = Inputs.enumOf(
                ProgrammeProgressReport.Format.class, format.toUpperCase(java.util.Locale.ROOT), "format");
        java.util.Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()))
                .findFirst()
                .orElse(java.util.Locale.FRENCH);
        StreamingOutput body = out -> progressReport.write(chosen, year, rows, locale, out);
        return Response.ok(body, chosen.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.filename(year) + "\"")
                .build();
    }

    @PUT
    @Path("programme/{year: [0-9]{4}}/targets")
    @RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
    public Response setTarget(@PathParam("year") int year, @NotNull Acts.Target body) {
        programme.setTarget(year, body.theme(), body.target() == null ? -1 : body.target(), body.version());
        return Response.noContent().build();
    }

    @POST
    @Path("interests")
    @RolesAllowed({Roles.INSPECTOR, Roles.HEAD_OF_INSPECTIONS})
    public Response declareInterest(@NotNull Acts.Interest body) {
        interests.declare(body.inspector(), body.organisationName(), body.organisationNumber(), body.statement());
        return Response.status(Response.Status.CREATED).build();
    }

    /** The path's reference (its pattern already matched), as the services name an inspection. */
    private static InspectionReference ref(String reference) {
        return new InspectionReference(reference);
    }
}
