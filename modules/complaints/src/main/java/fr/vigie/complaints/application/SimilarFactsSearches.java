package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/** One similar-facts search from the queue per transaction, so that a failure costs only that one. */
@ApplicationScoped
public class SimilarFactsSearches {
    @Inject
    SimilarFactsQueue queue;

    @Inject
    ComplaintRepository complaints;

    @Inject
    RelatedComplaints related;

    /**
     * Claims the oldest queued complaint, stores its suggestions and removes it from the queue.
     *
     * @param claimed told the complaint's id as soon as it is claimed (so that a failure can be put on it)
     * @return the complaint searched; empty when the queue had no free complaint
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OptionalLong searchNext(LongConsumer claimed) {
        OptionalLong next = queue.claimNext();
        if (next.isPresent()) {
            long id = next.getAsLong();
            claimed.accept(id);
            // A complaint erased since (retention) has left the queue with it: the cascade removes its row.
            complaints.findById(id).ifPresent(related::suggestSimilarFacts);
            queue.remove(id);
            complaints.flush();
        }
        return next;
    }

    /** Counts a failed search of the complaint; returns its failures so far. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int postpone(long complaintId) {
        return queue.postpone(complaintId);
    }

    /** Gives up the complaint's search (a handler may still ask for suggestions on its page). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(long complaintId) {
        queue.remove(complaintId);
    }
}
