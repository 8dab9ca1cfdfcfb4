package fr.vigie.platform.rest;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.audit.application.AuditChainVerifier;
import fr.vigie.platform.audit.application.AuditEntryView;
import fr.vigie.platform.audit.application.AuditFilter;
import fr.vigie.platform.audit.application.AuditQueries;
import fr.vigie.platform.audit.application.ChainVerification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for auditors: search it, and verify that its hash chain is unbroken. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {
    /**
     * The API speaks English (as its problem messages do): an erased reason (ADR 10) reads as on the
     * English screen, and {@code reasonErased} says so to programs.
     */
    private static final String ERASED_REASON = ResourceBundle.getBundle(
                    "fr.vigie.platform.i18n.messages",
                    Locale.ENGLISH,
                    AuditResource.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString("audit.reason.erased");

    @Inject
    private AuditQueries queries;

    @Inject
    private AuditChainVerifier verifier;

    /** A page of entries, newest first. */
    public record Page(long total, List<AuditEntryView> entries) {}

    @GET
    @Operation(summary = "Search the audit trail (newest first, paged)")
    public Page search(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("caseRef") String caseRef,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        AuditFilter filter = new AuditFilter(actor, action, caseRef, from, to);
        return new Page(
                queries.count(filter),
                queries.search(filter, first, size).stream()
                        .map(entry -> entry.withErasedReasonAs(ERASED_REASON))
                        .toList());
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain and report the first broken entry, if any")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
