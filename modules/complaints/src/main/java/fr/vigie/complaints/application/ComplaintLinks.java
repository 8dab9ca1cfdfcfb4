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
    ComplaintEventLog eventLog;

    @Inject
    Stamps stamps;

    /** Looks again for related complaints (e.g. after other complaints arrived); returns how many are new. */
    public int suggest(ComplaintReference reference) {
        Complaint c = load(reference);
        int added = related.suggestFor(c);
        complaints.flush();
        return added;
    }

    /** @param reason a note on the confirmation; null when none was given */
    public void confirm(long linkId, long expectedVersion, Reason reason) {
        String why = reason == null ? null : reason.text();
        ComplaintLink link = loadLink(linkId, expectedVersion);
        Stamp stamp = stamps.now();
        link.confirm(why, stamp);
        Complaint first = byId(link.first());
        Complaint second = byId(link.second());
        joinCampaign(first, second);
        noteLink(true, first, second, link, why, stamp);
    }

    public void reject(long linkId, long expectedVersion, Reason reason) {
        ComplaintLink link = loadLink(linkId, expectedVersion);
        Stamp stamp = stamps.now();
        link.reject(reason.text(), stamp);
        noteLink(false, byId(link.first()), byId(link.second()), link, reason.text(), stamp);
    }

    /**
     * Links two complaints by hand (confirmed at once).
     *
     * @param other the other complaint; one that does not exist is refused on the field {@code other}
     */
    public void link(ComplaintReference reference, ComplaintReference other, Reason reason) {
        String why = reason.text();
        Complaint a = load(reference);
        Complaint b = complaints
                .find(other)
                .orElseThrow(() -> ComplaintException.onField("other", "link.unknownComplaint", other.value()));
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
        noteLink(true, a, b, link, why, stamp);
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

    /** Both complaints note the decision on their link (timeline and audit, through their events). */
    private void noteLink(boolean confirmed, Complaint a, Complaint b, ComplaintLink link, String why, Stamp stamp) {
        a.noteLink(confirmed, link.kind(), b.reference(), why, stamp);
        b.noteLink(confirmed, link.kind(), a.reference(), why, stamp);
        complaints.flush();
        eventLog.write(a);
        eventLog.write(b);
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

    private Complaint load(ComplaintReference reference) {
        return complaints.find(reference).orElseThrow(() -> new NotFoundException("complaint", reference.value()));
    }
}
