package fr.vigie.platform.retention.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.retention.RetentionStep;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the retention schedule: how many months after closure the cases of a module's type
 * and outcome are pseudonymised, then have their file deleted.
 *
 * @param version 0 for a line still at the module's default (no row yet), then the row's version + 1
 * @param changedBy who last changed it, null while it is the default
 */
public record RetentionRule(
        String module,
        String caseType,
        String outcome,
        int pseudonymiseAfterMonths,
        int deleteFileAfterMonths,
        long version,
        String changedBy) {
    /** A hundred years: longer is a typing error, not a records schedule. */
    public static final int MAX_MONTHS = 1200;

    public RetentionRule {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(outcome, "outcome");
        check(pseudonymiseAfterMonths, deleteFileAfterMonths);
    }

    /** The line with other periods, checked: pseudonymise first, at least a month after closure. */
    public RetentionRule revise(int pseudonymiseAfter, int deleteFileAfter, String by) {
        if (pseudonymiseAfter == pseudonymiseAfterMonths && deleteFileAfter == deleteFileAfterMonths) {
            throw DomainException.onField("pseudonymiseAfter", "error.retention.samePeriods");
        }
        return new RetentionRule(module, caseType, outcome, pseudonymiseAfter, deleteFileAfter, version + 1, by);
    }

    /** Whether this line is still the module's default (never changed by an administrator). */
    public boolean isDefault() {
        return changedBy == null;
    }

    /** Cases closed strictly before this day are due for the step on {@code today}. */
    public LocalDate closedBefore(RetentionStep step, LocalDate today) {
        int months = step == RetentionStep.PSEUDONYMISE ? pseudonymiseAfterMonths : deleteFileAfterMonths;
        return today.minusMonths(months);
    }

    private static void check(int pseudonymiseAfter, int deleteFileAfter) {
        if (pseudonymiseAfter < 1 || pseudonymiseAfter > MAX_MONTHS) {
            throw DomainException.onField("pseudonymiseAfter", "error.retention.months", 1, MAX_MONTHS);
        }
        if (deleteFileAfter < 1 || deleteFileAfter > MAX_MONTHS) {
            throw DomainException.onField("deleteFileAfter", "error.retention.months", 1, MAX_MONTHS);
        }
        if (deleteFileAfter < pseudonymiseAfter) {
            throw DomainException.onField("deleteFileAfter", "error.retention.deleteBeforePseudonymise");
        }
    }
}
