package fr.vigie.complaints.rest;

import fr.vigie.complaints.application.CampaignActions;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code /api/complaints/campaigns/{code}}: a campaign (complaints linked on the same facts, named
 * after its first complaint) read and acted on as a group, as the campaign page does: the caller
 * names the complaints with the version it read of each; every complaint then goes through its own
 * use case in its own transaction (own timeline, letter, clocks and audit entry), and the answer
 * lists those done and, for each refused one, why. Reading is open to the roles that read
 * complaints; the group acts to handlers only (403 otherwise).
 */
@Path("complaints/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLAINT_HANDLER, Roles.MANAGER, Roles.ADMINISTRATOR})
public class CampaignResource {
    private static final String CODE = "{code: PL-[0-9]{4}-[0-9]{6,}}";

    @Inject
    ComplaintQueries queries;

    @Inject
    CampaignActions actions;

    @Context
    HttpHeaders headers;

    /** The complaints of a campaign, oldest first (with the version to send back with an act). */
    @GET
    @Path(CODE)
    public List<ComplaintSummary> members(@PathParam("code") String code) {
        List<ComplaintSummary> members = queries.campaign(code);
        if (members.isEmpty()) {
            throw new NotFoundException("No campaign " + code);
        }
        return members;
    }

    @POST
    @Path(CODE + "/assign")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public CampaignActions.Result assign(@PathParam("code") String code, @NotNull @Valid Acts.CampaignAssign body) {
        Map<ComplaintReference, Long> members = membersOf(code, body.versions());
        String handler = CampaignActions.requireHandler(body.assignee());
        return actions.assignAll(members, handler, Reason.of(body.reason()), locale());
    }

    @POST
    @Path(CODE + "/inform")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public CampaignActions.Result inform(@PathParam("code") String code, @NotNull @Valid Acts.CampaignInform body) {
        return actions.informAll(membersOf(code, body.versions()), body.summary(), locale());
    }

    @POST
    @Path(CODE + "/close")
    @RolesAllowed(Roles.COMPLAINT_HANDLER)
    public CampaignActions.Result close(@PathParam("code") String code, @NotNull @Valid Acts.CampaignClose body) {
        Outcome outcome = body.outcome() == null || body.outcome().isBlank()
                ? null
                : ComplaintResource.parseEnum(Outcome.class, body.outcome(), "outcome");
        Map<ComplaintReference, Long> members = membersOf(code, body.versions());
        CampaignActions.requireOutcome(outcome);
        return actions.closeAll(members, outcome, Reason.of(body.reason()), locale());
    }

    /**
     * The versions sent, checked to name complaints of this campaign only: a group act never
     * reaches a complaint outside the group the caller named.
     */
    private Map<ComplaintReference, Long> membersOf(String code, Map<String, Long> versions) {
        if (versions == null || versions.isEmpty()) {
            throw ComplaintException.onField("versions", "bulk.empty");
        }
        Set<String> members =
                members(code).stream().map(ComplaintSummary::reference).collect(Collectors.toSet());
        for (Map.Entry<String, Long> entry : versions.entrySet()) {
            if (!members.contains(entry.getKey())) {
                throw ComplaintException.onField("versions", "campaign.notMember", entry.getKey(), code);
            }
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw ComplaintException.onField("versions", "campaign.version.required", entry.getKey());
            }
        }
        Map<ComplaintReference, Long> checked = new LinkedHashMap<>();
        new TreeMap<>(versions)
                .forEach((reference, version) -> checked.put(new ComplaintReference(reference), version));
        return checked;
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> !"*".equals(l.getLanguage()))
                .findFirst()
                .orElse(Locale.FRENCH);
    }
}
