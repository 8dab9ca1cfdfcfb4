package fr.vigie.complaints.rest;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.application.ClockCounters;
import fr.vigie.complaints.application.ComplaintFile;
import fr.vigie.complaints.application.ComplaintHandling;
import fr.vigie.complaints.application.ComplaintIntake;
import fr.vigie.complaints.application.ComplaintLinking;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.IntakeForm;
import fr.vigie.complaints.application.IntakeResult;
import fr.vigie.complaints.application.LinkView;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /api/complaints}. Reading is open to handlers and managers; intake and every act to
 * handlers (reopening to administrators, checked by the use case).
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class ComplaintResource {
    private static final String REFERENCE = "{reference: PL-[0-9]{4}-[0-9]{6,}}";

    @Inject
    ComplaintIntake intake;

    /** Reading a file through the API is recorded in the read-access log. */
    @Inject
    ReadAccessLog readLog;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintLinking linking;

    @Inject
    ComplaintQueries queries;

    @Context
    UriInfo uri;

    /** Receives a complaint: 201 with its reference, or 200 with the same reference on a resubmission. */
    @POST
    public Response receive(@NotNull @Valid IntakeRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String category : body.categories()) {
            categories.add(parseEnum(Category.class, category, "categories"));
        }
        IntakeResult result = intake.receive(new IntakeForm(
                Channel.valueOf(body.channel()),
                body.receivedOn() == null ? LocalDate.now() : date(body.receivedOn(), "receivedOn"),
                body.complainantName(),
                body.complainantEmail(),
                body.complainantAddress(),
                body.organisationName(),
                body.organisationCountry(),
                body.organisationIdentifier(),
                body.facts(),
                categories,
                body.peopleAffected(),
                body.submissionKey() != null ? body.submissionKey() : idempotencyKey));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getAbsolutePathBuilder().path(result.reference()).build())
                .entity(result)
                .build();
    }

    @GET
    @Path(REFERENCE)
    public ComplaintFile file(@PathParam("reference") String reference) {
        ComplaintFile file = queries.file(reference);
        readLog.recordRead(new CaseRef(ComplaintsModule.NAME, reference), ReadKind.FILE_OPENED, null);
        return file;
    }

    @GET
    @Path(REFERENCE + "/links")
    public List<LinkView> links(@PathParam("reference") String reference) {
        return queries.links(reference);
    }

    /** The work list, filtered, sorted and paged by the database. */
    @GET
    public Page<ComplaintSummary> list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") @DefaultValue("false") boolean ascending,
            @QueryParam("status") List<String> statuses,
            @QueryParam("assignee") String assignee,
            @QueryParam("organisation") String organisation,
            @QueryParam("category") String category,
            @QueryParam("priority") String priority,
            @QueryParam("clock") String clockState,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String text,
            @QueryParam("crossBorder") @DefaultValue("false") boolean crossBorderOnly) {
        if (limit < 1 || limit > 500) {
            throw ComplaintException.onField("limit", "text.tooLong", 500);
        }
        WorklistFilter filter = new WorklistFilter(
                statuses == null ? Set.of() : Set.copyOf(statuses),
                assignee,
                organisation,
                category,
                priority,
                clockState,
                from == null ? null : date(from, "from"),
                to == null ? null : date(to, "to"),
                text,
                crossBorderOnly);
        return queries.worklist(filter, sort, ascending, offset, limit);
    }

    @GET
    @Path("counters")
    public ClockCounters counters() {
        return queries.informationClockCounters();
    }

    @POST
    @Path(REFERENCE + "/acknowledge")
    public ComplaintFile acknowledge(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.acknowledge(ref(reference), body.version());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/qualify")
    public ComplaintFile qualify(@PathParam("reference") String reference, @NotNull @Valid Acts.Qualify body) {
        Qualification qualification =
                new Qualification(body.admissible(), body.competent(), body.crossBorder(), body.leadAuthority());
        handling.qualify(ref(reference), body.version(), qualification, Reason.of(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/assign")
    public ComplaintFile assign(@PathParam("reference") String reference, @NotNull @Valid Acts.Assign body) {
        handling.assign(ref(reference), body.version(), body.assignee(), Reason.of(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/inform")
    public ComplaintFile inform(@PathParam("reference") String reference, @NotNull @Valid Acts.Inform body) {
        handling.informComplainant(ref(reference), body.version(), body.summary());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/requests")
    public ComplaintFile request(@PathParam("reference") String reference, @NotNull @Valid Acts.Request body) {
        handling.sendRequest(ref(reference), body.version(), body.questions());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/answers")
    public ComplaintFile answer(@PathParam("reference") String reference, @NotNull @Valid Acts.Answer body) {
        handling.recordAnswer(
                ref(reference), body.version(), body.request(), date(body.answeredOn(), "answeredOn"), body.summary());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/priority")
    public ComplaintFile priority(@PathParam("reference") String reference, @NotNull @Valid Acts.Priority body) {
        handling.decidePriority(
                ref(reference),
                body.version(),
                parseEnum(PriorityLevel.class, body.priority(), "priority"),
                Reason.optional(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/close")
    public ComplaintFile close(@PathParam("reference") String reference, @NotNull @Valid Acts.Close body) {
        Outcome outcome = parseEnum(Outcome.class, body.outcome(), "outcome");
        handling.close(ref(reference), body.version(), outcome, Reason.of(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/reopen")
    public ComplaintFile reopen(@PathParam("reference") String reference, @NotNull @Valid Acts.Reopen body) {
        handling.reopen(ref(reference), body.version(), Reason.of(body.reason()));
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/links")
    public List<LinkView> link(@PathParam("reference") String reference, @NotNull @Valid Acts.Link body) {
        Reason reason = Reason.of(body.reason());
        linking.link(ref(reference), ComplaintReference.parse(body.other(), "other"), reason);
        return queries.links(reference);
    }

    @POST
    @Path(REFERENCE + "/links/suggest")
    public List<LinkView> suggest(@PathParam("reference") String reference) {
        linking.suggest(ref(reference));
        return queries.links(reference);
    }

    @POST
    @Path(REFERENCE + "/links/{id: [0-9]+}/confirm")
    public List<LinkView> confirm(
            @PathParam("reference") String reference,
            @PathParam("id") long id,
            @NotNull @Valid Acts.LinkDecision body) {
        linking.confirm(id, body.version(), Reason.optional(body.reason()));
        return queries.links(reference);
    }

    @POST
    @Path(REFERENCE + "/links/{id: [0-9]+}/reject")
    public List<LinkView> reject(
            @PathParam("reference") String reference,
            @PathParam("id") long id,
            @NotNull @Valid Acts.LinkDecision body) {
        linking.reject(id, body.version(), Reason.of(body.reason()));
        return queries.links(reference);
    }

    /** The path's reference (its format is checked by the path's pattern). */
    private static ComplaintReference ref(String reference) {
        return new ComplaintReference(reference);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw ComplaintException.onField(field, "date.invalid", text);
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ComplaintException.onField(field, "value.unknown", text);
        }
    }
}
