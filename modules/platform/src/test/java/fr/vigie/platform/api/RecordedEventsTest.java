package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedEventsTest {
    @Test
    void eventsAreDrainedInOrderAndOnlyOnce() {
        RecordedEvents<String> events = new RecordedEvents<>();
        events.record("opened");
        events.record("closed");
        assertEquals(List.of("opened", "closed"), events.pending());
        assertEquals(List.of("opened", "closed"), events.drain());
        assertTrue(events.drain().isEmpty());
    }
}
