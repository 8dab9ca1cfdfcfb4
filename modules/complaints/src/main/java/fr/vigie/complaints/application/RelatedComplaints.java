package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
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

    /**
     * The candidates for a complaint that is not stored yet (its intake searches before taking the year's
     * number: see {@link ComplaintReception}).
     */
    public List<RelatedComplaintSearch.Candidate> candidatesFor(String siren, String facts, LocalDate receivedOn) {
        return candidates(-1, siren, facts, receivedOn);
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
