package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorklistFilterCodecTest {
    @Test
    void aFilterSurvivesTheRoundTrip() {
        WorklistFilter f = new WorklistFilter(
                Set.of("ASSIGNED", "QUALIFIED"),
                "agent01",
                "Société & Fils = 100%",
                "MINORS",
                "HIGH",
                "AT_RISK",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                "\"dossier médical\" -mutuelle");
        String query = WorklistFilterCodec.encode(f);
        assertEquals(f, WorklistFilterCodec.decode(query));
        assertEquals(
                WorklistFilter.none(), WorklistFilterCodec.decode(WorklistFilterCodec.encode(WorklistFilter.none())));
    }

    @Test
    void unknownKeysAndUnreadableDatesAreDropped() {
        WorklistFilter f = WorklistFilterCodec.decode("future=1&from=yesterday&status=CLOSED&text=cam%C3%A9ra");
        assertEquals(new WorklistFilter(Set.of("CLOSED"), null, null, null, null, null, null, null, "caméra"), f);
    }
}
