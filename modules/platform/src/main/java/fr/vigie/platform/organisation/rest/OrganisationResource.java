package fr.vigie.platform.organisation.rest;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.organisation.application.BackfillReport;
import fr.vigie.platform.organisation.application.ImportReport;
import fr.vigie.platform.organisation.application.OrganisationBackfill;
import fr.vigie.platform.organisation.application.OrganisationProfile;
import fr.vigie.platform.organisation.application.OrganisationProfiles;
import fr.vigie.platform.organisation.application.OrganisationQueries;
import fr.vigie.platform.organisation.application.OrganisationRegistry;
import fr.vigie.platform.organisation.application.OrganisationView;
import fr.vigie.platform.organisation.application.SireneImport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code /api/organisations}. Any member of staff reads; administrators and case workers register and
 * correct; administrators import the SIRENE stock file. A correction names the version it was made
 * on, in the body ({@code version}) or as {@code If-Match} (the {@code ETag} of the GET): a stale
 * one is a 409 problem and nothing is written.
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.COMPLAINT_HANDLER,
    Roles.INSPECTOR,
    Roles.HEAD_OF_INSPECTIONS,
    Roles.PRESIDENT,
    Roles.RAPPORTEUR,
    Roles.SANCTIONS_MEMBER,
    Roles.SANCTIONS_CHAIR,
    Roles.DOSSIER_INSTRUCTOR,
    Roles.DAC_MEMBER,
    Roles.DAC_CHAIR,
    Roles.DAC_SECRETARY,
    Roles.MANAGER,
    Roles.AUDITOR,
    Roles.ADMINISTRATOR
})
public class OrganisationResource {
    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationRegistry registry;

    @Inject
    SireneImport sireneImport;

    @Inject
    OrganisationProfiles profiles;

    @Inject
    OrganisationBackfill backfill;

    @Context
    UriInfo uri;

    /** Search: {@code ?q=} name fragment (accents ignored), {@code siren=} SIREN or SIRET, {@code naf=} sector prefix. */
    @GET
    public Page<OrganisationSummary> search(
            @QueryParam("q") String q,
            @QueryParam("siren") String siren,
            @QueryParam("naf") String naf,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        return queries.search(new OrganisationQuery(q, siren, naf), offset, limit);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response get(@PathParam("id") long id) {
        OrganisationView view = queries.view(id);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    /**
     * The 360° profile (ADR 9): identity, the sections the caller's roles may read (the others are
     * absent) and the merged timeline. Texts in the first language of {@code Accept-Language} that
     * Vigie speaks (French by default).
     */
    @GET
    @Path("{id: [0-9]+}/profile")
    public OrganisationProfile profile(@PathParam("id") long id, @Context HttpHeaders headers) {
        return profiles.profile(id, language(headers));
    }

    private static Locale language(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("fr".equals(wanted.getLanguage())) {
                return Locale.FRENCH;
            }
        }
        return Locale.FRENCH;
    }

    /** Registers an organisation: 201 with its record. */
    @POST
    @RolesAllowed({
        Roles.ADMINISTRATOR,
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.RAPPORTEUR,
        Roles.DAC_SECRETARY
    })
    public Response register(@NotNull OrganisationBody body) {
        long id = registry.register(body.form());
        OrganisationView view = queries.view(id);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(view)
                .tag(etag(view.version()))
                .build();
    }

    /** Corrects identity, group and contact, for a reason. */
    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed({
        Roles.ADMINISTRATOR,
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.RAPPORTEUR,
        Roles.DAC_SECRETARY
    })
    public Response correct(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull OrganisationBody body) {
        registry.correct(id, version(body.version(), ifMatch), body.form(), body.reason());
        OrganisationView view = queries.view(id);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    /** Records a financial year's worldwide turnover. */
    @POST
    @Path("{id: [0-9]+}/turnovers")
    @RolesAllowed({
        Roles.ADMINISTRATOR,
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.RAPPORTEUR,
        Roles.DAC_SECRETARY
    })
    public Response recordTurnover(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull TurnoverBody body) {
        registry.recordTurnover(
                id,
                version(body.version(), ifMatch),
                body.financialYear(),
                body.amount(),
                body.currency(),
                body.reason());
        OrganisationView view = queries.view(id);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    /**
     * Imports a SIRENE stock file of legal units, sent as the raw CSV body (UTF-8):
     * {@code curl -T StockUniteLegale_utf8.csv -H 'Content-Type: text/csv' .../api/organisations/sirene-import}.
     */
    @POST
    @Path("sirene-import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ImportReport importSirene(@QueryParam("filename") String filename, InputStream csv) {
        return sireneImport.importStock(filename == null ? "upload.csv" : filename, csv);
    }

    /**
     * Links the cases of every module to the directory now (ADR 7 step 3), as the system task
     * "organisation directory backfill"; answers the counts. Idempotent.
     */
    @POST
    @Path("backfill")
    @RolesAllowed(Roles.ADMINISTRATOR)
    public BackfillReport backfill() {
        return backfill.runNow();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version from the body, else from {@code If-Match}; neither is a refusal on {@code version}. */
    static long version(Long fromBody, String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch != null) {
            String v = ifMatch.strip();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            if (v.matches("\\d{1,18}")) {
                return Long.parseLong(v);
            }
        }
        throw DomainException.onField("version", "organisation.version.required");
    }
}
