package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.ClockRule;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of the deadline calculator.
 *
 * @param policyCode   the policy used, or null for a period typed by hand
 * @param legalSource  the policy's article, or null
 * @param amount       the period's amount
 * @param unit         the period's unit spelling
 * @param start        the day of the start event (or the later event for a period counted back)
 * @param suspendedDays the suspended calendar days counted
 * @param lastDay      the last day of the period (it expires at the end of that day)
 * @param steps        every rule applied, in order
 */
public record DeadlineCalculation(
        String policyCode,
        String legalSource,
        int amount,
        String unit,
        LocalDate start,
        long suspendedDays,
        LocalDate lastDay,
        List<Step> steps) {

    /**
     * One rule applied.
     *
     * @param rule           the rule
     * @param before         the date it started from
     * @param after          the date it produced
     * @param explanation    the engine's English sentence
     * @param legalReference the text the rule comes from
     * @param holidayName    for a roll-forward or roll-back: the holiday that moved the date, or null for a weekend
     */
    public record Step(
            ClockRule rule,
            LocalDate before,
            LocalDate after,
            String explanation,
            String legalReference,
            String holidayName) {}
}
