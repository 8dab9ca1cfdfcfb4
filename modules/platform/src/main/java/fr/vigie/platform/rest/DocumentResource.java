package fr.vigie.platform.rest;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.document.DocumentContent;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.document.DocumentStore;
import fr.vigie.platform.document.application.CaseDocuments;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Documents of any case. Access is decided per document by the owning module's policy (see
 * {@code DocumentAccessPolicy}); the endpoint itself only requires an authenticated caller.
 */
@Path("")
@PermitAll
public class DocumentResource {
    @Inject
    private DocumentStore documents;

    @Inject
    private CaseDocuments caseDocuments;

    @POST
    @Path("cases/{caseRef}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Attach a document (multipart part named 'file') to a case",
            description = "Through the case's own rules: its module records it in the case's history and refuses it"
                    + " on a closed case; a module whose documents come only with its acts refuses it (422).")
    public Response upload(@PathParam("caseRef") String caseRef, List<EntityPart> parts) {
        EntityPart file = parts.stream()
                .filter(p -> "file".equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> DomainException.onField("file", "error.document.fileMissing"));
        String filename =
                file.getFileName().orElseThrow(() -> DomainException.onField("file", "error.document.nameRequired"));
        DocumentInfo info = caseDocuments.attach(CaseRef.parse(caseRef), filename, file.getContent());
        return Response.created(URI.create("documents/" + info.id()))
                .entity(info)
                .build();
    }

    @GET
    @Path("cases/{caseRef}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the documents of a case that the caller may read")
    public List<DocumentInfo> list(@PathParam("caseRef") String caseRef) {
        return documents.listFor(CaseRef.parse(caseRef));
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "Download a document")
    public Response download(@PathParam("id") UUID id) {
        DocumentContent doc = documents.open(id);
        String encoded =
                URLEncoder.encode(doc.info().filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(doc.bytes(), doc.info().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("Digest", "sha-256=" + doc.info().sha256())
                .build();
    }
}
