package fr.vigie.platform.rest;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.api.retention.PersonQuery;
import fr.vigie.platform.api.retention.PersonalDataRecord;
import fr.vigie.platform.retention.application.PlanLine;
import fr.vigie.platform.retention.application.RetentionAdministration;
import fr.vigie.platform.retention.application.RetentionPlanner;
import fr.vigie.platform.retention.application.RetentionRunView;
import fr.vigie.platform.retention.application.RetentionTask;
import fr.vigie.platform.retention.application.SubjectRequests;
import fr.vigie.platform.retention.domain.LegalHold;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Vigie's own retention schedule and people's requests about their data (docs/retention.md), for
 * administrators; auditors read the schedule, holds, runs and the dry run. A refused act is an
 * RFC 9457 problem naming the field.
 */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
public class RetentionResource {
    @Inject
    RetentionAdministration administration;

    @Inject
    RetentionPlanner planner;

    @Inject
    SubjectRequests subjects;

    public record RuleChange(long version, int pseudonymiseAfterMonths, int deleteFileAfterMonths, String reason) {}

    public record HoldRequest(String caseRef, String kind, String reason) {}

    public record HoldRelease(long version, String reason) {}

    public record RunRequest(String reason) {}

    public record SubjectQuery(String request, String name, String email, String postalAddress) {
        PersonQuery query() {
            return new PersonQuery(name, email, postalAddress);
        }
    }

    public record Erasure(String request, String caseRef, String reason) {}

    @GET
    @Path("schedule")
    @Operation(summary = "Every line of the retention schedule, at its stored periods or the module's default")
    public List<RetentionRule> schedule() {
        return administration.rules();
    }

    @PUT
    @Path("schedule/{module}/{caseType}/{outcome}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Change a line's periods (months after closure), with the version read and a reason")
    public RetentionRule revise(
            @PathParam("module") String module,
            @PathParam("caseType") String caseType,
            @PathParam("outcome") String outcome,
            RuleChange change) {
        RuleChange c = change == null ? new RuleChange(-1, 0, 0, null) : change;
        return administration.revise(
                module,
                caseType,
                outcome,
                c.version(),
                c.pseudonymiseAfterMonths(),
                c.deleteFileAfterMonths(),
                c.reason());
    }

    @GET
    @Path("plan")
    @Operation(summary = "Dry run: how many cases the next run would process, per line and step; changes nothing")
    public List<PlanLine> plan() {
        return planner.plan();
    }

    @GET
    @Path("holds")
    @Operation(summary = "The active legal holds, newest first")
    public List<LegalHold> holds() {
        return administration.activeHolds();
    }

    @POST
    @Path("holds")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Place a legal hold on a case (module:reference), with its kind and reason")
    public Response placeHold(HoldRequest hold) {
        HoldRequest h = hold == null ? new HoldRequest(null, null, null) : hold;
        administration.placeHold(h.caseRef(), kind(h.kind()), h.reason());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("holds/{id}/release")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Release a legal hold, with the version read and a reason")
    public Response releaseHold(@PathParam("id") long id, HoldRelease release) {
        HoldRelease r = release == null ? new HoldRelease(-1, null) : release;
        administration.releaseHold(id, r.version(), r.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("runs")
    @Operation(summary = "The latest runs of the retention task")
    public List<RetentionRunView> runs() {
        return administration.runs();
    }

    @POST
    @Path("runs")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Apply the schedule now (as the system, in batches); the request is audited")
    public RetentionTask.RunReport run(RunRequest request) {
        return administration.runNow(request == null ? null : request.reason());
    }

    @POST
    @Path("subjects/search")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            summary =
                    "Every case holding data about a person (name, e-mail or postal address), under a request reference")
    public List<PersonalDataRecord> findSubject(SubjectQuery query) {
        SubjectQuery q = query == null ? new SubjectQuery(null, null, null, null) : query;
        return subjects.find(q.query(), q.request());
    }

    @POST
    @Path("subjects/export")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            summary =
                    "The person's data in every case holding it, as JSON or (format=pdf) a PDF letter; recorded as an export")
    public Response exportSubject(@QueryParam("format") @DefaultValue("json") String format, SubjectQuery query) {
        SubjectQuery q = query == null ? new SubjectQuery(null, null, null, null) : query;
        if ("pdf".equalsIgnoreCase(format)) {
            return Response.ok(subjects.exportPdf(q.query(), q.request()), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"donnees-personnelles.pdf\"")
                    .build();
        }
        return Response.ok(subjects.exportJson(q.query(), q.request()), MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("subjects/erase")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Erase the person's data from one closed case not under a legal hold")
    public List<String> eraseSubject(Erasure erasure) {
        Erasure e = erasure == null ? new Erasure(null, null, null) : erasure;
        return subjects.erase(e.caseRef(), e.request(), e.reason());
    }

    private static LegalHolds.Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LegalHolds.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.onField("kind", "error.retention.holdKind");
        }
    }
}
