package fr.vigie.dossiers.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Elapsed time against the EHDS overall target (Art. 59 activity report): from the complete
 * application to access to the data, until the last day of the dossier's target clock (its policy:
 * 8 months for pseudonymised data, 9 for anonymised data). A dossier without a target clock (the
 * national procedure, or before completeness) has no target.
 *
 * @param targetMonths whole months from {@code startedOn} to {@code targetOn}, for display
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

    static TargetProgress of(
            LocalDate completeOn, LocalDate target, LocalDate availableOn, LocalDate today, Stage stage) {
        if (completeOn == null || target == null) {
            return new TargetProgress(0, null, null, null, 0, 0, stage);
        }
        int months = (int) ChronoUnit.MONTHS.between(completeOn, target);
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
