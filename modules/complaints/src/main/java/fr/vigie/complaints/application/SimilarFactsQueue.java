package fr.vigie.complaints.application;

import java.util.OptionalLong;

/**
 * The complaints whose similar-facts search has not run yet, oldest first; implemented in
 * persistence. Rows are written in the intake's transaction, claimed with a row lock that other
 * servers skip, and removed in the transaction that stores the search's suggestions.
 */
public interface SimilarFactsQueue {
    void enqueue(long complaintId);

    /** The oldest queued complaint, locked until the caller's transaction ends; empty when none is free. */
    OptionalLong claimNext();

    void remove(long complaintId);

    /** Counts a failed search and moves the complaint to the end of the queue; returns its failures so far. */
    int postpone(long complaintId);

    boolean isQueued(long complaintId);
}
