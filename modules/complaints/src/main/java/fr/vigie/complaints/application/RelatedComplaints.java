package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Suggests related complaints (same organisation, or similar facts within a time window); a
 * handler then confirms or rejects each suggestion. Runs inside the caller's transaction. A new
 * complaint gets its same-organisation suggestions in its intake and its similar-facts ones just
 * after, from a queue ({@link #queueSimilarFactsSearch}, {@link SimilarFactsWorker}).
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
    SimilarFactsQueue queue;

    @Inject
    Event<SimilarFactsSearchQueued> queued;

    @Inject
    @ConfigProperty(name = "vigie.complaints.related.window-days", defaultValue = "180")
    int windowDays;

    @Inject
    @ConfigProperty(name = "vigie.complaints.related.similarity", defaultValue = "0.3")
    double similarity;

    /** The complaints against the same SIREN, for a complaint that is not stored yet (its intake). */
    public List<RelatedComplaintSearch.Candidate> sameOrganisationFor(String siren, LocalDate receivedOn) {
        return siren == null
                ? List.of()
                : search.sameOrganisation(
                        -1, siren, receivedOn.minusDays(windowDays), receivedOn.plusDays(windowDays), MAX_SUGGESTIONS);
    }

    /**
     * Queues the complaint's similar-facts search, to run once the caller's transaction has committed:
     * it compares texts across the table (about 1 s of CPU on a million complaints), which no intake
     * should wait for.
     */
    public void queueSimilarFactsSearch(Complaint complaint) {
        queue.enqueue(complaint.id());
        queued.fire(new SimilarFactsSearchQueued(complaint.id()));
    }

    /** Stores a suggestion for each complaint with similar facts not yet linked to this one. */
    public int suggestSimilarFacts(Complaint complaint) {
        return suggest(
                complaint,
                search.similarFacts(
                        complaint.id(),
                        complaint.facts(),
                        complaint.receivedOn().minusDays(windowDays),
                        complaint.receivedOn().plusDays(windowDays),
                        similarity,
                        MAX_SUGGESTIONS));
    }

    /** Stores a suggestion for each new candidate; pairs already linked, suggested or rejected are left alone. */
    public int suggestFor(Complaint complaint) {
        return suggest(
                complaint,
                candidates(
                        complaint.id(), complaint.organisation().siren(), complaint.facts(), complaint.receivedOn()));
    }

    /** Stores a suggestion for each of {@code candidates} not yet linked to the complaint. */
    public int suggest(Complaint complaint, List<RelatedComplaintSearch.Candidate> candidates) {
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

    private List<RelatedComplaintSearch.Candidate> candidates(
            long complaintId, String siren, String facts, LocalDate receivedOn) {
        return search.candidates(
                complaintId,
                siren,
                facts,
                receivedOn.minusDays(windowDays),
                receivedOn.plusDays(windowDays),
                similarity,
                MAX_SUGGESTIONS);
    }
}
