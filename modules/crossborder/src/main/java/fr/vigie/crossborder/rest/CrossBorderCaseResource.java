package fr.vigie.crossborder.rest;

import fr.vigie.crossborder.application.CaseFile;
import fr.vigie.crossborder.application.CaseFilter;
import fr.vigie.crossborder.application.CasePage;
import fr.vigie.crossborder.application.CrossBorderHandling;
import fr.vigie.crossborder.application.CrossBorderQueries;
import fr.vigie.crossborder.domain.CaseDocument;
import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.Transmission;
import fr.vigie.platform.api.CaseRef;
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
import java.io.InputStream;

/**
 * {@code /api/cross-border-cases}. Reading is open to the roles that act on the cases and to managers;
 * acts to complaint handlers, rapporteurs and the president (checked again by the EJB facade). Bad
 * input is an RFC 9457 problem naming the field; a stale {@code version} is 409.
 */
@Path("cross-border-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT, Roles.MANAGER})
public class CrossBorderCaseResource {
    private static final String REFERENCE = "{reference: TF-[0-9]{4}-[0-9]{6}}";

    @Inject
    CrossBorderHandling handling;

    @Inject
    CrossBorderQueries queries;

    @Context
    UriInfo uri;

    /** The list, filtered and paged by the database, newest first. */
    @GET
    public CasePage list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit,
            @QueryParam("role") String role,
            @QueryParam("stage") String stage,
            @QueryParam("rules") String rules) {
        return queries.list(new CaseFilter(role, stage, rules), offset, limit);
    }

    @GET
    @Path(REFERENCE)
    public CaseFile file(@PathParam("reference") String reference) {
        return queries.file(reference);
    }

    /** Opens a case ex officio: 201 with its file. */
    @POST
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT})
    public Response open(@NotNull @Valid Bodies.Open body) {
        CrossBorderCaseId id = handling.open(
                Inputs.date(body.openedOn(), "openedOn"),
                Inputs.authority(body.lead(), "lead"),
                body.organisationName(),
                body.organisationDirectoryId(),
                Reason.optional(body.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(id.value()).build())
                .entity(queries.file(id.value()))
                .build();
    }

    /** An act ({@code confirm-competence}, {@code record-objection}...): the file after it. */
    @POST
    @Path(REFERENCE + "/acts/{act}")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT})
    public CaseFile act(
            @PathParam("reference") String reference,
            @PathParam("act") String actPath,
            @NotNull @Valid Bodies.Act body) {
        CrossBorderCaseId id = new CrossBorderCaseId(reference);
        CrossBorderAct act = CrossBorderAct.ofPath(actPath);
        if (act == null || act == CrossBorderAct.OPEN) {
            throw CrossBorderException.onField("act", "crossborder.act.unknown", actPath);
        }
        long version = body.version();
        switch (act) {
            case JOIN_COMPLAINT ->
                handling.joinComplaint(id, version, complaint(body.complaint()), Reason.optional(body.reason()));
            case ADD_CONCERNED_AUTHORITY -> {
                if (body.authority() == null || body.authority().isBlank()) {
                    throw CrossBorderException.onField("authority", "crossborder.authority.unknown", "");
                }
                handling.addConcernedAuthority(id, version, Inputs.authority(body.authority(), "authority"));
            }
            case EXTEND_INVESTIGATION_DEADLINE ->
                handling.extendInvestigationDeadline(
                        id, version, body.months(), Inputs.date(body.date(), "date"), body.reason());
            default ->
                handling.act(
                        id,
                        version,
                        act,
                        Inputs.date(body.date(), "date"),
                        Inputs.authority(body.authority(), "authority"),
                        body.reason());
        }
        return queries.file(reference);
    }

    /**
     * Files a document (the body is the file) in one version:
     * {@code ?version&title&confidentiality=CONFIDENTIAL|NON_CONFIDENTIAL&versionOf&date&filename}.
     */
    @POST
    @Path(REFERENCE + "/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT})
    public Response fileDocument(
            @PathParam("reference") String reference,
            @QueryParam("version") Long version,
            @QueryParam("title") String title,
            @QueryParam("confidentiality") String confidentiality,
            @QueryParam("versionOf") Integer versionOf,
            @QueryParam("date") String date,
            @QueryParam("filename") String filename,
            InputStream content) {
        if (version == null) {
            throw CrossBorderException.onField("version", "crossborder.act.unknown", "version");
        }
        handling.fileDocument(
                new CrossBorderCaseId(reference),
                version,
                title,
                confidentiality(confidentiality),
                versionOf,
                Inputs.date(date, "date"),
                filename,
                content);
        return Response.status(Response.Status.CREATED)
                .entity(queries.file(reference))
                .build();
    }

    /** Records that document {@code number} was sent to a recipient. */
    @POST
    @Path(REFERENCE + "/documents/{number: [0-9]{1,4}}/sent")
    @RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.RAPPORTEUR, Roles.PRESIDENT})
    public CaseFile documentSent(
            @PathParam("reference") String reference,
            @PathParam("number") int number,
            @NotNull @Valid Bodies.Sent body) {
        handling.recordDocumentSent(
                new CrossBorderCaseId(reference),
                body.version(),
                number,
                recipient(body.recipient()),
                Inputs.authority(body.authority(), "authority"),
                Inputs.date(body.date(), "date"));
        return queries.file(reference);
    }

    private static CaseDocument.Confidentiality confidentiality(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseDocument.Confidentiality.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CrossBorderException.onField("confidentiality", "crossborder.document.confidentialityRequired");
        }
    }

    private static Transmission.Recipient recipient(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Transmission.Recipient.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CrossBorderException.onField("recipient", "crossborder.document.recipientRequired");
        }
    }

    private static CaseRef complaint(String text) {
        if (text == null || text.isBlank()) {
            throw CrossBorderException.onField("complaint", "crossborder.complaint.notAComplaint", "");
        }
        return CaseRef.parse(text.contains(":") ? text.strip() : "complaints:" + text.strip());
    }
}
