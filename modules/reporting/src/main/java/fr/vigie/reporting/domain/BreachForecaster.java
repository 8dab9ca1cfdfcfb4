package fr.vigie.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Forecasts when open cases of one procedure will finish, from the lengths of the stages of past
 * cases (empirical distributions, no fitted law).
 *
 * <p>For a case in stage {@code s} for {@code e} weeks, the time still needed is the rest of
 * {@code s} (its past lengths given that they exceeded {@code e}) plus the whole length of each
 * later stage, taken as independent: the distribution of that sum is the convolution of theirs.
 * Its median and 90th percentile give the expected completion dates, and its distribution function
 * at the target date gives the probability of missing the target. The stage "responsible" is the
 * remaining stage with the longest median. A case already longer in its stage than any past case
 * is "beyond history": its stage is assumed to end within a week (history says nothing more), so
 * its forecast is optimistic and the page says so.
 *
 * <p>The forecasts depend only on (stage, elapsed weeks), so they are computed once per pair, for
 * every elapsed week up to the longest past stage, not once per case.
 */
public final class BreachForecaster {
    private final List<StageHistory> stages;

    public BreachForecaster(List<StageHistory> stages) {
        this.stages = stages.stream()
                .sorted(Comparator.comparingInt(StageHistory::order))
                .toList();
    }

    /** Every (stage, elapsed weeks) forecast: weeks 0 to the longest past length, then one "beyond history" row. */
    public List<RemainingTime> table() {
        List<RemainingTime> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageHistory current = stages.get(i);
            WeeklyDistribution later = laterStages(i);
            int longest = current.durations().longestWeeks();
            for (int e = 0; e <= longest; e++) {
                rows.add(forecast(i, e, later));
            }
        }
        return rows;
    }

    /** The forecast for a case in stage {@code stageIndex} (position in the sorted stages) for {@code elapsedWeeks}. */
    public RemainingTime forecast(int stageIndex, int elapsedWeeks) {
        return forecast(stageIndex, elapsedWeeks, laterStages(stageIndex));
    }

    public List<StageHistory> stages() {
        return stages;
    }

    private RemainingTime forecast(int i, int elapsedWeeks, WeeklyDistribution later) {
        StageHistory current = stages.get(i);
        var rest = current.durations().remainingAfter(elapsedWeeks);
        boolean beyond = rest.isEmpty();
        WeeklyDistribution restOfCurrent = rest.orElse(WeeklyDistribution.exactly(1));
        WeeklyDistribution total = restOfCurrent.plus(later);
        String responsible = current.stage();
        int longestMedian = restOfCurrent.quantile(0.5);
        for (int j = i + 1; j < stages.size(); j++) {
            int median = stages.get(j).durations().quantile(0.5);
            if (median > longestMedian) {
                longestMedian = median;
                responsible = stages.get(j).stage();
            }
        }
        return new RemainingTime(
                current.stage(),
                elapsedWeeks,
                total.quantile(0.5),
                total.quantile(0.9),
                total.cdf(),
                responsible,
                beyond,
                current.pastStages());
    }

    private WeeklyDistribution laterStages(int i) {
        WeeklyDistribution sum = WeeklyDistribution.exactly(0);
        for (int j = i + 1; j < stages.size(); j++) {
            sum = sum.plus(stages.get(j).durations());
        }
        return sum;
    }
}
