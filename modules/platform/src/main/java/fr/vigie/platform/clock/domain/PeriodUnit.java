package fr.vigie.platform.clock.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The units in which legal texts express periods.
 *
 * <p>Why working days are a unit of their own rather than "days minus weekends": Art. 3(3)
 * of Regulation 1182/71 treats them differently. Calendar units (days, weeks, months,
 * years) include Saturdays, Sundays and public holidays; a period in working days counts
 * only working days. The spelling used in configuration files and in the test vectors
 * ({@code days}, {@code working_days}...) is part of the contract, hence {@link #parse}.
 */
public enum PeriodUnit {
    DAYS("days", "day", "days"),
    WORKING_DAYS("working_days", "working day", "working days"),
    WEEKS("weeks", "week", "weeks"),
    MONTHS("months", "month", "months"),
    YEARS("years", "year", "years");

    private final String spelling;
    private final String singular;
    private final String plural;

    PeriodUnit(String spelling, String singular, String plural) {
        this.spelling = spelling;
        this.singular = singular;
        this.plural = plural;
    }

    /**
     * Reads the configuration spelling of a unit ({@code days}, {@code working_days},
     * {@code weeks}, {@code months} or {@code years}); case and surrounding blanks are
     * forgiven because administrators type these values by hand.
     *
     * @throws ClockRuleException naming the accepted spellings when the text is not one of them
     */
    public static PeriodUnit parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(unit -> unit.spelling.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ClockRuleException(
                        "clock.period.unknownUnit",
                        "Unknown period unit '%s': expected %s",
                        text,
                        acceptedSpellings()));
    }

    private static String acceptedSpellings() {
        String all = Arrays.stream(values()).map(PeriodUnit::spelling).collect(Collectors.joining(", "));
        int lastComma = all.lastIndexOf(", ");
        return all.substring(0, lastComma) + " or " + all.substring(lastComma + 2);
    }

    /** The spelling used in configuration files and test vectors, e.g. {@code working_days}. */
    public String spelling() {
        return spelling;
    }

    /** True for units that count every calendar day (Art. 3(3)); false for working days. */
    public boolean isCalendarUnit() {
        return this != WORKING_DAYS;
    }

    /** English singular, e.g. "working day". */
    String singular() {
        return singular;
    }

    /** English wording of an amount in this unit: "1 month", "30 working days". */
    String describe(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }
}
