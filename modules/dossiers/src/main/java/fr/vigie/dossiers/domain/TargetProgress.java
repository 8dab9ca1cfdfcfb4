package fr.vigie.dossiers.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Elapsed time against the EHDS overall target (Art. 59 activity report): 8 months from the
 * complete application to access to pseudonymised data, 9 months for anonymised data. For the
 * national procedure the same yardstick is shown, for comparison.
 *
 * @param startedOn   the day the application was complete (null: the clock has not started)
 * @param targetOn    the target day
 * @param reachedOn   the day the data were made available, or null
 * @param elapsedDays days from {@code startedOn} to {@code reachedOn} or today
 * @param targetDays  days from {@code startedOn} to {@code targetOn}
 * @param stage       the stage where time is being spent now, or null
 */
public record TargetProgress(
        int targetMonths,
        LocalDate startedOn,
        LocalDate targetOn,
        LocalDate reachedOn,
        long elapsedDays,
        long targetDays,
        Stage stage) {

    static TargetProgress of(DataForm form, LocalDate completeOn, LocalDate availableOn, LocalDate today, Stage stage) {
        int months = (form == null ? DataForm.PSEUDONYMISED : form).targetMonths();
        if (completeOn == null) {
            return new TargetProgress(months, null, null, null, 0, 0, stage);
        }
        LocalDate target = completeOn.plusMonths(months);
        LocalDate end = availableOn == null ? today : availableOn;
        return new TargetProgress(
                months,
                completeOn,
                target,
                availableOn,
                ChronoUnit.DAYS.between(completeOn, end),
                ChronoUnit.DAYS.between(completeOn, target),
                stage);
    }

    public boolean started() {
        return startedOn != null;
    }

    /** True when the target day passed without the data being available, or they came after it. */
    public boolean late() {
        return started() && elapsedDays > targetDays;
    }

    /** Share of the target used, in percent (may exceed 100). */
    public int percent() {
        return targetDays == 0 ? 0 : (int) Math.min(999, elapsedDays * 100 / targetDays);
    }
}
