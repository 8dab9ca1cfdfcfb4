package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Related complaints: suggestions on demand, and the handler's decision on each. Confirmed links
 * gather complaints into a campaign (named after its oldest complaint), which can then be handled
 * as a group by {@link CampaignActions}; each complaint keeps its own record and timeline.
 *
 * <p>No access check here: the use cases are reached through {@link ComplaintLinking}, the role-checked entry
 * point for people, and by the application itself in a system task (the demo complaints, {@link
 * DemoComplaints}); callers provide the transaction.
 */
@ApplicationScoped
public class ComplaintLinks {
    @Inject
    ComplaintRepository complaints;

    @Inject
    RelatedComplaints related;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    /** Looks again for related complaints (e.g. after other complaints arrived); returns how many are new. */
    public int suggest(String reference) {
        Complaint c = load(reference);
        int added = related.suggestFor(c);
        complaints.flush();
        return added;
    }

    public void confirm(long linkId, long expectedVersion, String reason) {
        ComplaintLink link = loadLink(linkId, expectedVersion);
        Stamp stamp = stamps.now();
        link.confirm(reason, stamp);
        Complaint first = byId(link.first());
        Complaint second = byId(link.second());
        joinCampaign(first, second);
        first.noteLink(true, second.reference().value(), reason, stamp);
        second.noteLink(true, first.reference().value(), reason, stamp);
        complaints.flush();
        auditLink("COMPLAINT_LINK_CONFIRMED", first, second, link, reason);
    }

    public void reject(long linkId, long expectedVersion, String reason) {
        String why = Reason.require(reason);
        ComplaintLink link = loadLink(linkId, expectedVersion);
        Stamp stamp = stamps.now();
        link.reject(why, stamp);
        Complaint first = byId(link.first());
        Complaint second = byId(link.second());
        first.noteLink(false, second.reference().value(), why, stamp);
        second.noteLink(false, first.reference().value(), why, stamp);
        complaints.flush();
        auditLink("COMPLAINT_LINK_REJECTED", first, second, link, why);
    }

    /** Links two complaints by hand (confirmed at once). */
    public void link(String reference, String otherReference, String reason) {
        String why = Reason.require(reason);
        Complaint a = load(reference);
        Complaint b = complaints
                .find(parse(otherReference, "other"))
                .orElseThrow(() -> ComplaintException.onField("other", "link.unknownComplaint", otherReference));
        if (a.id().equals(b.id())) {
            throw ComplaintException.onField("other", "link.self");
        }
        Stamp stamp = stamps.now();
        ComplaintLink link = complaints.link(a.id(), b.id()).orElse(null);
        if (link == null) {
            link = ComplaintLink.linkByHand(a.id(), b.id(), why, stamp);
            complaints.store(link);
        } else {
            link.confirm(why, stamp);
        }
        joinCampaign(a, b);
        a.noteLink(true, b.reference().value(), why, stamp);
        b.noteLink(true, a.reference().value(), why, stamp);
        complaints.flush();
        auditLink("COMPLAINT_LINK_CONFIRMED", a, b, link, why);
    }

    /** Both complaints end up in one campaign; two campaigns meeting merge into the older one. */
    private void joinCampaign(Complaint a, Complaint b) {
        Complaint older = a.id() < b.id() ? a : b;
        Complaint newer = older == a ? b : a;
        String campaign = older.campaign() != null
                ? older.campaign()
                : newer.campaign() != null
                        ? newer.campaign()
                        : older.reference().value();
        for (Complaint member : new Complaint[] {older, newer}) {
            String previous = member.campaign();
            if (previous != null && !previous.equals(campaign)) {
                complaints.inCampaign(previous).forEach(other -> other.joinCampaign(campaign));
            }
            member.joinCampaign(campaign);
        }
    }

    private void auditLink(String action, Complaint a, Complaint b, ComplaintLink link, String reason) {
        for (Complaint c : new Complaint[] {a, b}) {
            Complaint other = c == a ? b : a;
            audit.record(ComplaintAudit.of(action, c, reason)
                    .changed("link", null, link.kind() + " " + other.reference().value())
                    .changed("campaign", null, c.campaign())
                    .build());
        }
    }

    private ComplaintLink loadLink(long id, long expectedVersion) {
        ComplaintLink link = complaints.findLink(id).orElseThrow(() -> new NotFoundException("link", id));
        if (link.version() != expectedVersion) {
            throw new ConflictException("link " + id);
        }
        return link;
    }

    private Complaint byId(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private Complaint load(String reference) {
        return complaints
                .find(parse(reference, "reference"))
                .orElseThrow(() -> new NotFoundException("complaint", reference));
    }

    private static ComplaintReference parse(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("PL-\\d{4}-\\d{6,}")) {
            throw ComplaintException.onField(field, "complaint.reference.invalid", value);
        }
        return new ComplaintReference(value);
    }
}
