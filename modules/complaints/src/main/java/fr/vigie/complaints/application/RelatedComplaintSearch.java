package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.LinkKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds complaints that may be related to one (same SIREN, similar facts); implemented in persistence.
 * The two searches differ in cost: the SIREN one is an index lookup, the similar-facts one compares
 * texts and grows with the table (see {@link SimilarFactsWorker}).
 */
public interface RelatedComplaintSearch {
    /** A candidate and why it was found. */
    record Candidate(long id, LinkKind kind, Double similarity) {}

    /** Complaints against the same SIREN received between {@code from} and {@code to}, latest first. */
    List<Candidate> sameOrganisation(long complaintId, String siren, LocalDate from, LocalDate to, int limit);

    /** Complaints whose facts are at least {@code threshold} similar, most similar first. */
    List<Candidate> similarFacts(
            long complaintId, String facts, LocalDate from, LocalDate to, double threshold, int limit);

    /** Both searches, a complaint found by both counted once (as the same organisation). */
    default List<Candidate> candidates(
            long complaintId, String siren, String facts, LocalDate from, LocalDate to, double threshold, int limit) {
        List<Candidate> found =
                new ArrayList<>(siren == null ? List.of() : sameOrganisation(complaintId, siren, from, to, limit));
        for (Candidate similar : similarFacts(complaintId, facts, from, to, threshold, limit)) {
            if (found.stream().noneMatch(c -> c.id() == similar.id())) {
                found.add(similar);
            }
        }
        return found;
    }
}
