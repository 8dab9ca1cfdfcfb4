package fr.vigie.reporting.application;

import jakarta.ejb.ScheduleExpression;

/**
 * How often the reporting snapshot is rebuilt ({@code vigie.reporting.job.interval-minutes}, 15 by
 * default). The rebuild reads every case of every module: on a million complaints it takes a core
 * for two to three minutes, so a large authority may prefer fresher-than-hourly figures less often.
 *
 * <p>The interval must fall on the same wall-clock slots on every server and every day, because the
 * servers of a cluster claim each run by its due minute (JobRuns): a divisor of an hour (1, 2, 3, 4,
 * 5, 6, 10, 12, 15, 20, 30 minutes) or a whole number of hours dividing a day (60, 120, 180, 240, 360,
 * 480, 720, 1440). Anything else (a 7-minute interval would drift across the hour) is refused.
 */
public record RebuildInterval(int minutes) {
    /** The interval of the release, also used when the configured one is refused. */
    public static final RebuildInterval DEFAULT = new RebuildInterval(15);

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    public RebuildInterval {
        boolean withinAnHour = minutes >= 1 && minutes < HOUR && HOUR % minutes == 0;
        boolean wholeHours = minutes >= HOUR && minutes <= DAY && minutes % HOUR == 0 && DAY % minutes == 0;
        if (!withinAnHour && !wholeHours) {
            throw new IllegalArgumentException("vigie.reporting.job.interval-minutes = " + minutes
                    + ": use a divisor of 60 (1 to 30 minutes) or whole hours dividing a day (60 to 1440)");
        }
    }

    /** The calendar of the rebuilds: on second 0 of each slot, in the server's time zone. */
    public ScheduleExpression schedule() {
        ScheduleExpression every = new ScheduleExpression().second("0");
        if (minutes < HOUR) {
            return every.hour("*").minute("*/" + minutes);
        }
        return every.hour("*/" + (minutes / HOUR)).minute("0");
    }
}
