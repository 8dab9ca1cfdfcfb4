package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

class SimilarFactsWorkerTest {

    /** The queue in memory; a complaint listed in {@code failing} fails its search. */
    static final class QueueInMemory extends SimilarFactsSearches {
        final Deque<Long> queued = new ArrayDeque<>();
        final List<Long> failing = new ArrayList<>();
        final List<Long> searched = new ArrayList<>();
        final Map<Long, Integer> failures = new HashMap<>();
        final List<Long> abandoned = new ArrayList<>();
        Runnable duringSearch = () -> {};

        @Override
        public OptionalLong searchNext(LongConsumer claimed) {
            Long next = queued.peekFirst();
            if (next == null) {
                return OptionalLong.empty();
            }
            claimed.accept(next);
            if (failing.contains(next)) {
                throw new IllegalStateException("search failed");
            }
            queued.removeFirst();
            searched.add(next);
            duringSearch.run();
            return OptionalLong.of(next);
        }

        @Override
        public int postpone(long complaintId) {
            queued.remove(complaintId);
            queued.addLast(complaintId);
            return failures.merge(complaintId, 1, Integer::sum);
        }

        @Override
        public void abandon(long complaintId) {
            queued.remove(complaintId);
            abandoned.add(complaintId);
        }
    }

    private final QueueInMemory queue = new QueueInMemory();
    private final List<Runnable> submitted = new ArrayList<>();
    private final SimilarFactsWorker worker = new SimilarFactsWorker();

    {
        worker.searches = queue;
        worker.executor = submitted::add;
    }

    private void runSubmitted() {
        while (!submitted.isEmpty()) {
            submitted.remove(0).run();
        }
    }

    @Test
    void oneWakeWorksThroughTheWholeQueueOnOneThread() {
        queue.queued.addAll(List.of(1L, 2L, 3L));
        worker.wake();
        worker.wake();
        assertEquals(1, submitted.size(), "a second wake while the first run is pending starts no second thread");
        runSubmitted();
        assertEquals(List.of(1L, 2L, 3L), queue.searched);
    }

    @Test
    void aComplaintQueuedDuringTheLastLookIsNotLeftBehind() {
        queue.queued.add(1L);
        // An intake commits while the worker searches its last complaint: its wake must not be lost.
        queue.duringSearch = () -> {
            if (!queue.queued.contains(2L) && !queue.searched.contains(2L)) {
                queue.queued.add(2L);
                worker.wake();
            }
        };
        worker.wake();
        runSubmitted();
        assertEquals(List.of(1L, 2L), queue.searched);
    }

    @Test
    void aFailureStopsTheRunAndPutsTheComplaintAtTheEndUntilItIsAbandoned() {
        queue.queued.addAll(List.of(7L, 8L));
        queue.failing.add(7L);
        worker.wake();
        runSubmitted();
        assertEquals(List.of(), queue.searched, "the run stops at a failure (the database may be down)");
        assertEquals(List.of(8L, 7L), List.copyOf(queue.queued));
        for (int sweep = 0; sweep < SimilarFactsWorker.MAX_ATTEMPTS; sweep++) {
            worker.wake();
            runSubmitted();
        }
        assertEquals(List.of(8L), queue.searched);
        assertEquals(List.of(7L), queue.abandoned);
        assertTrue(queue.queued.isEmpty());
    }
}
