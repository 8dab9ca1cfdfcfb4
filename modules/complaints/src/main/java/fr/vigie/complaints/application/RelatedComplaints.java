package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Suggests related complaints (same organisation, or similar facts within a time window); a
 * handler then confirms or rejects each suggestion. Runs inside the caller's transaction.
 * Configuration: {@code vigie.complaints.related.window-days} (default 180 days either side of
 * receipt), {@code vigie.complaints.related.similarity} (default 0.3, pg_trgm similarity).
 */
@ApplicationScoped
public class RelatedComplaints {
    static final int MAX_SUGGESTIONS = 10;

    @Inject
    ComplaintRepository complaints;

    @Inject
    RelatedComplaintSearch search;

    @Inject
    @ConfigProperty(name = "vigie.complaints.related.window-days", defaultValue = "180")
    int windowDays;

    @Inject
    @ConfigProperty(name = "vigie.complaints.related.similarity", defaultValue = "0.3")
    double similarity;

    /** Stores a suggestion for each new candidate; pairs already linked, suggested or rejected are left alone. */
    public int suggestFor(Complaint complaint) {
        List<RelatedComplaintSearch.Candidate> candidates = search.candidates(
                complaint.id(),
                complaint.organisation().siren(),
                complaint.facts(),
                complaint.receivedOn().minusDays(windowDays),
                complaint.receivedOn().plusDays(windowDays),
                similarity,
                MAX_SUGGESTIONS);
        int added = 0;
        for (RelatedComplaintSearch.Candidate candidate : candidates) {
            if (complaints.link(complaint.id(), candidate.id()).isEmpty()) {
                complaints.store(ComplaintLink.suggest(
                        complaint.id(), candidate.id(), candidate.kind(), candidate.similarity()));
                added++;
            }
        }
        return added;
    }
}
