package fr.vigie.complaints.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Wakes the similar-facts worker every five minutes, for the complaints an intake's wake did not
 * reach: queued just before the server stopped, or whose search failed. Every server may sweep at
 * the same time (no job claim needed): the queue hands each complaint to one of them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SimilarFactsSweep {
    @Inject
    SimilarFactsWorker worker;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "similar-facts queue sweep")
    void sweep() {
        worker.wake();
    }
}
