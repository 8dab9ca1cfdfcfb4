package fr.vigie.reporting.domain;

/**
 * How long one stage of a procedure took in past cases.
 *
 * @param stage        the stage's name
 * @param order        its position in the procedure
 * @param durations    the distribution of its length
 * @param pastStages   how many past stages the distribution comes from
 */
public record StageHistory(String stage, int order, WeeklyDistribution durations, int pastStages) {}
