package fr.vigie.bench.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The COPY text of the complaints' histories respects the real tables' shape and constraints. */
class ComplaintHistoriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static ComplaintHistories.Batch batch;

    @BeforeAll
    static void write() {
        batch = generate(20261122L);
    }

    private static ComplaintHistories.Batch generate(long seed) {
        ComplaintHistories.Batch b = new ComplaintHistories.Batch();
        new ComplaintHistories(3_000, seed, TODAY, ReportBenchData.handlers(), new ComplaintHistories.Ids(1, 1, 1, 1, 1))
                .write(0, 3_000, b);
        return b;
    }

    private static List<String[]> rows(StringBuilder text) {
        return text.toString().lines().map(line -> line.split("\t", -1)).toList();
    }

    private static int columns(String list) {
        return list.split(",").length;
    }

    @Test
    void everyRowHasItsTablesColumns() {
        assertEquals(3_000, batch.rowsComplaints);
        rows(batch.complaints).forEach(r -> assertEquals(columns(ComplaintHistories.COMPLAINT_COLUMNS), r.length));
        rows(batch.timeline).forEach(r -> assertEquals(columns(ComplaintHistories.TIMELINE_COLUMNS), r.length));
        rows(batch.letters).forEach(r -> assertEquals(columns(ComplaintHistories.LETTER_COLUMNS), r.length));
        rows(batch.clocks).forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_COLUMNS), r.length));
        rows(batch.clockStatus).forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_STATUS_COLUMNS), r.length));
        rows(batch.clockEvents).forEach(r -> assertEquals(columns(ComplaintHistories.CLOCK_EVENT_COLUMNS), r.length));
    }

    @Test
    void closedComplaintsHaveAnOutcomeAndOpenOnesNone() {
        long open = 0;
        for (String[] r : rows(batch.complaints)) {
            boolean closed = r[13].equals("CLOSED");
            assertEquals(closed, !r[19].equals("\\N"), String.join("|", r));
            assertEquals(closed, !r[20].equals("\\N"), "closed_on: " + String.join("|", r));
            open += closed ? 0 : 1;
        }
        // Like an authority's backlog: a few percent open, not none, not most.
        assertTrue(open > 30 && open < 600, "open complaints: " + open);
    }

    @Test
    void clocksAreEndedExactlyWhenNotPendingAndNeverAtRiskAfterTheirDueDate() {
        for (String[] r : rows(batch.clocks)) {
            boolean pending = r[12].equals("PENDING");
            assertEquals(pending, r[13].equals("\\N"), String.join("|", r));
            assertFalse(LocalDate.parse(r[9]).isAfter(LocalDate.parse(r[8])), "at_risk_from after due_date: " + String.join("|", r));
            if (pending) {
                boolean breached = TODAY.isAfter(LocalDate.parse(r[8]));
                assertEquals(breached, r[10].equals("BREACHED"), String.join("|", r));
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
        rows(batch.complaints).forEach(r -> assertTrue(Integer.parseInt(r[1].substring(8)) >= ComplaintHistories.FIRST_NUMBER, r[1]));
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        assertEquals(batch.complaints.toString(), generate(20261122L).complaints.toString());
    }
}
