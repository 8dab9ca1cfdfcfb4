package fr.vigie.bench.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The COPY rows of the complaints' histories respect the real tables' shape and constraints. */
class ComplaintHistoriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static ComplaintHistories.Batch batch;

    @BeforeAll
    static void write() {
        batch = generate(20261122L);
    }

    private static ComplaintHistories.Batch generate(long seed) {
        ComplaintHistories.Batch b = new ComplaintHistories.Batch();
        new ComplaintHistories(
                        3_000, seed, TODAY, ReportBenchData.handlers(), new ComplaintHistories.Ids(1, 1, 1, 1, 1))
                .write(0, 3_000, b);
        return b;
    }

    private static int columns(String list) {
        return list.split(",").length;
    }

    @Test
    void everyRowHasItsTablesColumns() {
        assertEquals(3_000, batch.complaints.rows());
        BinaryRows.read(batch.complaints)
                .forEach(r -> assertEquals(columns(ComplaintHistories.COMPLAINT_COLUMNS), r.length));
        BinaryRows.read(batch.timeline)
                .forEach(r -> assertEquals(columns(ComplaintHistories.TIMELINE_COLUMNS), r.length));
        BinaryRows.read(batch.letters).forEach(r -> assertEquals(columns(ComplaintHistories.LETTER_COLUMNS), r.length));
        BinaryRows.read(batch.clocks).forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_COLUMNS), r.length));
        BinaryRows.read(batch.clockStatus)
                .forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_STATUS_COLUMNS), r.length));
        BinaryRows.read(batch.clockEvents)
                .forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_EVENT_COLUMNS), r.length));
    }

    @Test
    void theCategoriesArrayListsTheComplaintsCategoryRowsSortedByName() {
        Map<Long, List<String>> rowsByComplaint = new TreeMap<>();
        BinaryRows.read(batch.categories).forEach(r -> rowsByComplaint
                .computeIfAbsent(BinaryRows.int8(r[0]), k -> new ArrayList<>())
                .add(BinaryRows.text(r[1])));
        int column =
                Arrays.asList(ComplaintHistories.COMPLAINT_COLUMNS.split(", ")).indexOf("categories");
        BinaryRows.read(batch.complaints)
                .forEach(r -> assertEquals(
                        rowsByComplaint.get(BinaryRows.int8(r[0])).stream()
                                .sorted()
                                .toList(),
                        BinaryRows.textArray(r[column])));
    }

    @Test
    void closedComplaintsHaveAnOutcomeAndOpenOnesNone() {
        long open = 0;
        for (byte[][] r : BinaryRows.read(batch.complaints)) {
            boolean closed = BinaryRows.text(r[13]).equals("CLOSED");
            assertEquals(closed, r[19] != null, "outcome of " + BinaryRows.text(r[1]));
            assertEquals(closed, r[20] != null, "closed_on of " + BinaryRows.text(r[1]));
            open += closed ? 0 : 1;
        }
        // Like an authority's backlog: a few percent open, not none, not most.
        assertTrue(open > 30 && open < 600, "open complaints: " + open);
    }

    @Test
    void stampsAreParisOfficeHours() {
        for (byte[][] r : BinaryRows.read(batch.complaints)) {
            ZonedDateTime received = BinaryRows.timestamp(r[4]).atZone(ZoneId.of("Europe/Paris"));
            assertEquals(BinaryRows.date(r[3]), received.toLocalDate(), BinaryRows.text(r[1]));
            assertTrue(received.getHour() >= 7 && received.getHour() <= 20, received.toString());
        }
    }

    @Test
    void clocksAreEndedExactlyWhenNotPendingAndNeverAtRiskAfterTheirDueDate() {
        for (byte[][] r : BinaryRows.read(batch.clocks)) {
            String reference = BinaryRows.text(r[1]);
            boolean pending = BinaryRows.text(r[12]).equals("PENDING");
            assertEquals(pending, r[13] == null, reference);
            LocalDate due = BinaryRows.date(r[8]);
            assertFalse(BinaryRows.date(r[9]).isAfter(due), "at_risk_from after due_date: " + reference);
            if (pending) {
                assertEquals(TODAY.isAfter(due), BinaryRows.text(r[10]).equals("BREACHED"), reference);
            }
        }
    }

    @Test
    void organisationsHaveValidSirenChecksums() {
        for (int rank = 0; rank < 500; rank++) {
            String siren = ComplaintHistories.siren(rank);
            assertEquals(9, siren.length());
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = siren.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            assertEquals(0, sum % 10, siren);
        }
    }

    @Test
    void referencesStayAboveWhatTheApplicationNumbers() {
        BinaryRows.read(batch.complaints)
                .forEach(r -> assertTrue(
                        Integer.parseInt(BinaryRows.text(r[1]).substring(8)) >= ComplaintHistories.FIRST_NUMBER,
                        BinaryRows.text(r[1])));
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        assertArrayEquals(
                batch.complaints.rowBytes(), generate(20261122L).complaints.rowBytes());
        assertArrayEquals(
                batch.clockEvents.rowBytes(), generate(20261122L).clockEvents.rowBytes());
    }
}
