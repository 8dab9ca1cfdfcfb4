package fr.vigie.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyDistributionTest {
    private static final double EPS = 1e-9;

    @Test
    void daysAreRoundedUpToWholeWeeks() {
        WeeklyDistribution d =
                WeeklyDistribution.fromDayCounts(Map.of(1, 1, 7, 1, 8, 2)).orElseThrow();
        assertEquals(0.5, d.probability(1), EPS); // 1 and 7 days: one week
        assertEquals(0.5, d.probability(2), EPS); // 8 days: two weeks
        assertEquals(2, d.longestWeeks());
    }

    @Test
    void noHistoryGivesNoDistribution() {
        assertTrue(WeeklyDistribution.fromDayCounts(Map.of()).isEmpty());
        assertTrue(WeeklyDistribution.fromDayCounts(Map.of(5, 0)).isEmpty());
    }

    @Test
    void sumOfTwoStagesIsTheirConvolution() {
        // each stage: 1 or 2 weeks with equal chances -> sum 2, 3, 4 weeks with 1/4, 1/2, 1/4
        WeeklyDistribution stage =
                WeeklyDistribution.fromDayCounts(Map.of(7, 1, 14, 1)).orElseThrow();
        WeeklyDistribution sum = stage.plus(stage);
        assertEquals(0.25, sum.probability(2), EPS);
        assertEquals(0.5, sum.probability(3), EPS);
        assertEquals(0.25, sum.probability(4), EPS);
        assertEquals(3.0, sum.mean(), EPS);
        assertArrayEquals(new double[] {0, 0, 0.25, 0.75, 1}, sum.cdf(), EPS);
    }

    @Test
    void quantilesAreTheSmallestWeekReachingTheProbability() {
        WeeklyDistribution d =
                WeeklyDistribution.fromDayCounts(Map.of(7, 5, 14, 4, 70, 1)).orElseThrow();
        assertEquals(1, d.quantile(0.5));
        assertEquals(2, d.quantile(0.9));
        assertEquals(10, d.quantile(0.95));
    }

    @Test
    void remainingTimeIsConditionalOnTheStageStillBeingOpen() {
        // past stages: 1, 2, 3 or 4 weeks, equally likely; open for 2 full weeks -> 3 or 4 -> 1 or 2 more weeks
        WeeklyDistribution d = WeeklyDistribution.fromDayCounts(Map.of(7, 1, 14, 1, 21, 1, 28, 1))
                .orElseThrow();
        WeeklyDistribution rest = d.remainingAfter(2).orElseThrow();
        assertEquals(0.5, rest.probability(1), EPS);
        assertEquals(0.5, rest.probability(2), EPS);
        assertEquals(0, rest.probability(0), EPS);
        assertTrue(d.remainingAfter(4).isEmpty(), "no past stage lasted more than 4 weeks");
    }

    @Test
    void veryLongDurationsAreCappedAtTenYears() {
        WeeklyDistribution d =
                WeeklyDistribution.fromDayCounts(Map.of(100_000, 1)).orElseThrow();
        assertEquals(WeeklyDistribution.MAX_WEEKS, d.longestWeeks());
    }
}
