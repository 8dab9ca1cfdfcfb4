package fr.vigie.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreachForecasterTest {
    private static final double EPS = 1e-9;

    private static StageHistory stage(String name, int order, Map<Integer, Integer> days) {
        return new StageHistory(
                name, order, WeeklyDistribution.fromDayCounts(days).orElseThrow(), 10);
    }

    /** Committee: always 2 weeks; decision: 1 or 3 weeks, equally likely. */
    private final BreachForecaster forecaster = new BreachForecaster(
            List.of(stage("DECISION", 2, Map.of(7, 1, 21, 1)), stage("COMMITTEE", 1, Map.of(14, 1))));

    @Test
    void stagesAreTakenInProcedureOrder() {
        assertEquals(
                List.of("COMMITTEE", "DECISION"),
                forecaster.stages().stream().map(StageHistory::stage).toList());
    }

    @Test
    void aCaseAtTheStartAddsTheRestOfItsStageToEveryLaterStage() {
        // committee open 0 weeks: 2 more weeks, then decision 1 or 3 -> 3 or 5 weeks
        RemainingTime r = forecaster.forecast(0, 0);
        assertEquals(3, r.p50Weeks());
        assertEquals(5, r.p90Weeks());
        assertEquals(0.5, r.cdf()[3], EPS);
        assertEquals(1.0, r.cdf()[5], EPS);
        assertEquals(
                "COMMITTEE",
                r.responsibleStage(),
                "the committee's 2 weeks left outweigh the decision's median of 1 week");
    }

    @Test
    void probabilityOfMissingReadsTheDistributionAtTheTarget() {
        RemainingTime r = forecaster.forecast(0, 0);
        assertEquals(1.0, r.probabilityOfMissing(2), EPS);
        assertEquals(0.5, r.probabilityOfMissing(3), EPS);
        assertEquals(0.5, r.probabilityOfMissing(4), EPS);
        assertEquals(0.0, r.probabilityOfMissing(5), EPS);
        assertEquals(1.0, r.probabilityOfMissing(-1), EPS, "a passed target is missed");
    }

    @Test
    void aStageLongerThanAnyPastOneIsBeyondHistory() {
        RemainingTime r = forecaster.forecast(1, 3);
        assertTrue(r.beyondHistory());
        assertEquals(1, r.p50Weeks(), "assumed to end next week");
        assertFalse(forecaster.forecast(1, 1).beyondHistory());
        // decision open 1 week: only the 3-week cases remain -> 2 more weeks, for sure
        assertEquals(2, forecaster.forecast(1, 1).p50Weeks());
    }

    @Test
    void theTableCoversEveryElapsedWeekUpToTheLongestPastStage() {
        List<RemainingTime> table = forecaster.table();
        assertEquals(3 + 4, table.size()); // committee: 0..2 weeks, decision: 0..3 weeks
        assertTrue(table.get(2).beyondHistory());
        assertEquals("COMMITTEE", table.get(0).stage());
    }
}
