package fr.vigie.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The domain events an aggregate's verbs recorded since it was loaded, waiting for the one place of
 * its module that writes them to the audit trail (and, where the module keeps one, its history).
 * Held by the aggregate as a {@code @Transient} field: events are facts of this unit of work, never
 * persisted with the aggregate.
 *
 * @param <E> the module's event type, usually a sealed interface of records
 */
public final class RecordedEvents<E> {
    private final List<E> events = new ArrayList<>();

    public void record(E event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** @return the events recorded so far, in order; forgets them, so each is written once */
    public List<E> drain() {
        List<E> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    /** @return the events recorded so far, in order, without forgetting them (for tests) */
    public List<E> pending() {
        return List.copyOf(events);
    }
}
