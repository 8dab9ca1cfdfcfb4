package fr.vigie.complaints.application;

import fr.vigie.platform.api.BroadCatch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through the similar-facts queue on one thread of the server's managed executor, woken by
 * each committed intake and by {@link SimilarFactsSweep}. One thread per server: the search is
 * CPU-bound, and staff's pages must keep the other cores. Servers share the queue safely (a claimed
 * complaint is skipped by the others).
 */
@ApplicationScoped
public class SimilarFactsWorker {
    private static final Logger LOG = Logger.getLogger(SimilarFactsWorker.class.getName());
    /** Failures after which a complaint leaves the queue (logged; its page can still ask for suggestions). */
    static final int MAX_ATTEMPTS = 5;

    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    SimilarFactsSearches searches;

    /** The server's default managed executor (feature concurrent-3.0). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SimilarFactsSearchQueued queued) {
        wake();
    }

    /** Makes sure the queue is worked through: starts the thread, or tells the running one to look again. */
    public void wake() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                running.set(false);
                LOG.log(Level.INFO, "Similar-facts searches wait for the next sweep: {0}", stopping.toString());
            }
        }
    }

    /** Searches until the queue is empty and nobody asked again; a wake during the last look starts a new run. */
    void drain() {
        try {
            while (wanted.getAndSet(false)) {
                int searched = 0;
                while (searchOne()) {
                    searched++;
                }
                if (searched > 0) {
                    int count = searched;
                    LOG.fine(() -> count + " similar-facts searches done");
                }
            }
        } finally {
            running.set(false);
        }
        if (wanted.get()) {
            wake();
        }
    }

    /** @return whether to go on: a complaint was searched (a failure stops this run until the next wake). */
    @BroadCatch("Any failure of one search is logged and counted against that complaint; the worker goes on later.")
    private boolean searchOne() {
        AtomicLong claimed = new AtomicLong(-1);
        try {
            return searches.searchNext(claimed::set).isPresent();
        } catch (RuntimeException failed) {
            long id = claimed.get();
            LOG.log(Level.WARNING, "Similar-facts search of complaint " + id + " failed", failed);
            if (id >= 0) {
                giveUpAfterRepeatedFailures(id);
            }
            return false;
        }
    }

    @BroadCatch("Counting a failure may fail too (database down): logged, the complaint stays queued.")
    private void giveUpAfterRepeatedFailures(long id) {
        try {
            if (searches.postpone(id) >= MAX_ATTEMPTS) {
                searches.abandon(id);
                LOG.severe(() -> "Similar-facts search of complaint " + id + " abandoned after " + MAX_ATTEMPTS
                        + " failures: no similar-facts suggestion for it until a handler asks on its page");
            }
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "Could not record the failed search of complaint " + id, unreachable);
        }
    }
}
