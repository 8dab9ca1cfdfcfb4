package fr.vigie.complaints.rest;

import fr.vigie.complaints.application.ComplaintCrossBorderHandling;
import fr.vigie.complaints.application.ComplaintFile;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.CrossBorderIntakeForm;
import fr.vigie.complaints.application.IntakeResult;
import fr.vigie.complaints.domain.Art4Information;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/complaints/cross-border}: the intake of cross-border complaints (Regulation (EU)
 * 2025/2518 Art. 4(1)) and the acts of their cross-border part. The complaint itself is then read and
 * handled at {@code /api/complaints/{reference}} like any other; its file carries a {@code crossBorder}
 * part.
 */
@Path("complaints/cross-border")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMPLAINT_HANDLER)
public class CrossBorderComplaintResource {
    private static final String REFERENCE = "{reference: PL-[0-9]{4}-[0-9]{6,}}";

    @Inject
    ComplaintCrossBorderHandling handling;

    @Inject
    ComplaintQueries queries;

    @Context
    UriInfo uri;

    /** Receives a cross-border complaint: 201 with its reference (200 on a resubmission with the same key). */
    @POST
    public Response receive(
            @NotNull @Valid CrossBorderIntakeRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        IntakeResult result = handling.receive(new CrossBorderIntakeForm(
                Channel.valueOf(body.channel()),
                body.receivedOn() == null ? LocalDate.now() : date(body.receivedOn(), "receivedOn"),
                body.complainantName(),
                body.complainantEmail(),
                body.complainantAddress(),
                body.bodyName(),
                body.bodyMandate(),
                body.organisationName(),
                body.organisationCountry(),
                body.organisationIdentifier(),
                body.facts(),
                Boolean.TRUE.equals(body.confidentialityClaimed()),
                body.presumedLead(),
                body.receivedFrom(),
                body.receivedFromReference(),
                body.submissionKey() != null ? body.submissionKey() : idempotencyKey));
        URI location = uri.getBaseUriBuilder()
                .path("complaints")
                .path(result.reference())
                .build();
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location)
                .entity(result)
                .build();
    }

    /** Art. 4(1): the complaint gives the information required. */
    @POST
    @Path(REFERENCE + "/admissible")
    public ComplaintFile admissible(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.findAdmissible(new ComplaintReference(reference), body.version());
        return queries.file(reference);
    }

    /** Art. 4(2): inadmissible for lack of the Art. 4(1) information named, with the reasons. */
    @POST
    @Path(REFERENCE + "/inadmissible")
    public ComplaintFile inadmissible(
            @PathParam("reference") String reference, @NotNull @Valid CrossBorderActs.Inadmissible body) {
        Set<Art4Information> missing = EnumSet.noneOf(Art4Information.class);
        for (String item : body.missing() == null ? List.<String>of() : body.missing()) {
            missing.add(ComplaintResource.parseEnum(Art4Information.class, item, "missing"));
        }
        handling.declareInadmissible(new ComplaintReference(reference), body.version(), missing, body.reasons());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/assessment")
    public ComplaintFile assess(
            @PathParam("reference") String reference, @NotNull @Valid CrossBorderActs.Assessment body) {
        handling.assess(
                new ComplaintReference(reference),
                body.version(),
                body.crossBorder(),
                body.presumedLead(),
                body.reason());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/transmission")
    public ComplaintFile transmit(
            @PathParam("reference") String reference, @NotNull @Valid CrossBorderActs.Transmission body) {
        handling.transmit(new ComplaintReference(reference), body.version(), body.documents());
        return queries.file(reference);
    }

    @POST
    @Path(REFERENCE + "/lead-here")
    public ComplaintFile leadHere(@PathParam("reference") String reference, @NotNull @Valid Acts.Versioned body) {
        handling.leadHere(new ComplaintReference(reference), body.version());
        return queries.file(reference);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ComplaintException.onField(field, "date.invalid", text);
        }
    }
}
