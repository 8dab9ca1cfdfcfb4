package fr.vigie.reporting.domain;

/**
 * The forecast for a case of a procedure in {@code stage} for {@code elapsedWeeks} weeks.
 *
 * @param stage            the current stage
 * @param elapsedWeeks     full weeks already spent in it
 * @param p50Weeks         median of the weeks still needed to finish every remaining stage
 * @param p90Weeks         90th percentile of the same
 * @param cdf              {@code cdf[w]} = probability of being finished within {@code w} weeks
 * @param responsibleStage the remaining stage expected to take longest (median), current stage included
 * @param beyondHistory    no past case stayed this long in the stage: its end is assumed to be next week
 * @param pastStages       number of past stages of the current stage the forecast rests on
 */
public record RemainingTime(
        String stage,
        int elapsedWeeks,
        int p50Weeks,
        int p90Weeks,
        double[] cdf,
        String responsibleStage,
        boolean beyondHistory,
        int pastStages) {

    /** Probability of missing a target {@code weeksLeft} weeks away (1 if it has passed). */
    public double probabilityOfMissing(int weeksLeft) {
        if (weeksLeft < 0) {
            return 1;
        }
        return weeksLeft >= cdf.length ? 0 : 1 - cdf[weeksLeft];
    }
}
