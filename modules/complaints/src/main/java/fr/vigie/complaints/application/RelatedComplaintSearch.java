package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.LinkKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds complaints that may be related to one (same SIREN, similar facts); implemented in persistence.
 */
public interface RelatedComplaintSearch {
    /** A candidate and why it was found. */
    record Candidate(long id, LinkKind kind, Double similarity) {}

    List<Candidate> candidates(
            long complaintId, String siren, String facts, LocalDate from, LocalDate to, double threshold, int limit);
}
