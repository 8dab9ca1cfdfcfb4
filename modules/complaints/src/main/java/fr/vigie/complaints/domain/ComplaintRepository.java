package fr.vigie.complaints.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where complaints and their links are kept. Implemented in the persistence package. */
public interface ComplaintRepository {
    /** A new reference, unique, numbered per year of receipt. */
    ComplaintReference nextReference(int year);

    Optional<Complaint> find(ComplaintReference reference);

    /** True when no complaint was ever received (a fresh installation). */
    boolean isEmpty();

    Optional<Complaint> findById(long id);

    Optional<Complaint> findBySubmissionKey(String key);

    /**
     * Holds, until the end of the transaction, the lock of a submission key: two identical
     * submissions at the same moment are received one after the other, so the second finds the first.
     */
    void lockSubmission(String key);

    List<Complaint> inCampaign(String campaign);

    /** Other complaints against the same SIREN received on or after {@code since}. */
    long countAgainstSiren(String siren, LocalDate since, long excluding);

    void store(Complaint complaint);

    void store(ComplaintLink link);

    List<ComplaintLink> linksOf(long complaint);

    Optional<ComplaintLink> link(long a, long b);

    Optional<ComplaintLink> findLink(long id);

    /** Writes pending changes now, so that database constraints and versions are checked in the use case. */
    void flush();
}
