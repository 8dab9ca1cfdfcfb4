package fr.vigie.dossiers.application;

import java.time.LocalDate;

/** One row of the instructors' list. */
public record DossierSummary(
        String reference,
        String procedure,
        String status,
        String title,
        String organisation,
        String instructor,
        LocalDate submittedOn,
        LocalDate completeOn,
        LocalDate stageDueOn,
        String stage,
        long elapsedDays,
        LocalDate targetOn) {

    /** Whole months of the target, for display ("8 months"); 0 without a target. */
    public int targetMonths() {
        return completeOn == null || targetOn == null
                ? 0
                : (int) java.time.temporal.ChronoUnit.MONTHS.between(completeOn, targetOn);
    }

    /** The target's last day passed before the data were available (or they still are not). */
    public boolean late() {
        return targetOn != null
                && completeOn != null
                && completeOn.plusDays(elapsedDays).isAfter(targetOn);
    }
}
