package fr.vigie.platform.rest;

import fr.vigie.platform.access.application.AccessLogFilter;
import fr.vigie.platform.access.application.AccessLogQueries;
import fr.vigie.platform.access.application.ReadAccessView;
import fr.vigie.platform.access.application.VolumeAlertView;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The read-access log for auditors. Bad parameters (an unknown kind, a malformed case reference or
 * date, a period that ends before it starts) are RFC 9457 problems naming the parameter.
 */
@Path("access-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AccessLogResource {
    @Inject
    AccessLogQueries queries;

    /** A page of entries, newest first. */
    public record Page(long total, List<ReadAccessView> entries) {}

    @GET
    @Operation(summary = "Search the read-access log (newest first, paged): a Page of entries")
    public Response search(
            @QueryParam("user") String user,
            @QueryParam("case") String caseRef,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("kind") String kind,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        AccessLogFilter filter;
        try {
            filter = AccessLogFilter.of(user, caseRef, from, to, kind);
        } catch (DomainException malformed) {
            // A query parameter the API cannot understand is a bad request (400), not a refused act (422).
            return Problems.of(
                            "bad-parameter",
                            "Bad Request",
                            400,
                            malformed.getMessage(),
                            List.of(new Problem.FieldError(parameterOf(malformed.field()), malformed.getMessage())))
                    .toResponse();
        }
        return Response.ok(new Page(queries.count(filter), queries.search(filter, first, size)))
                .build();
    }

    /** The query parameter a refusal names ("case" for the case reference). */
    private static String parameterOf(String field) {
        return "caseRef".equals(field) ? "case" : field;
    }

    @GET
    @Path("alerts")
    @Operation(summary = "The latest unusual-volume alerts, newest first")
    public List<VolumeAlertView> alerts(@QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.alerts(limit);
    }
}
