package fr.vigie.reporting.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rows the reports are made of (one record per kind of row, to keep the shapes in one place). */
public final class ReportRows {
    private ReportRows() {}

    /** Open clocks of one module by state, and how many fall due this week / this month. */
    public record DeadlineCount(
            String module,
            long running,
            long atRisk,
            long breached,
            long suspended,
            long dueThisWeek,
            long dueThisMonth,
            long open) {
        public static DeadlineCount of(
                String module,
                long running,
                long atRisk,
                long breached,
                long suspended,
                long dueThisWeek,
                long dueThisMonth) {
            return new DeadlineCount(
                    module,
                    running,
                    atRisk,
                    breached,
                    suspended,
                    dueThisWeek,
                    dueThisMonth,
                    running + atRisk + breached + suspended);
        }
    }

    /** One open clock, with its case. {@code daysLate} is positive once the due date has passed. */
    public record ClockItem(
            String caseRef,
            String module,
            String reference,
            String title,
            String policyCode,
            String legalSource,
            String owner,
            String team,
            LocalDate dueDate,
            String state,
            long daysLate) {}

    /** Share of cases meeting their target, for a procedure, month or team. */
    public record TargetCompliance(
            String key, long cases, long met, long late, long overdue, long notDue, Double shareMet) {
        /** {@code shareMet}: met on time among the cases whose target has passed or was reached; null when none. */
        public static TargetCompliance of(String key, long cases, long met, long late, long overdue, long notDue) {
            long decided = met + late + overdue;
            return new TargetCompliance(
                    key, cases, met, late, overdue, notDue, decided == 0 ? null : (double) met / decided);
        }
    }

    /** Days spent in a stage by past cases. */
    public record StageDuration(
            String stage, int order, long cases, Integer medianDays, Integer p90Days, Double meanDays) {}

    /** Targets reached in a month: how many, how many on time, average days from application. */
    public record MonthlyReach(LocalDate month, long reached, long inTime, Double averageDays, Double shareInTime) {
        public static MonthlyReach of(LocalDate month, long reached, long inTime, Double averageDays) {
            return new MonthlyReach(
                    month, reached, inTime, averageDays, reached == 0 ? null : (double) inTime / reached);
        }
    }

    /** Open cases of a module by age band (counts in {@link fr.vigie.reporting.domain.AgeBand} order). */
    public record AgeCount(String module, long[] byBand, long total) {
        public static AgeCount of(String module, long[] byBand) {
            long t = 0;
            for (long n : byBand) {
                t += n;
            }
            return new AgeCount(module, byBand, t);
        }
    }

    /** One case, as lists show it. */
    public record CaseItem(
            String caseRef,
            String module,
            String reference,
            String title,
            String procedure,
            String status,
            String currentStage,
            LocalDate openedOn,
            String owner,
            String team,
            String organisation,
            LocalDate targetOn,
            LocalDate targetReachedOn,
            long ageDays) {}

    /** How many open cases of a module have a forecast, and how many are likely to miss their target. */
    public record ForecastCount(String module, long forecast, long likely, long beyondHistory) {}

    /** Cases likely to breach, by the stage responsible. */
    public record ResponsibleCount(String module, String stage, long likely) {}

    /** One open case's forecast. */
    public record ForecastItem(
            String caseRef,
            String module,
            String reference,
            String title,
            String procedure,
            String currentStage,
            LocalDate stageSince,
            String owner,
            String team,
            LocalDate targetOn,
            LocalDate expectedP50,
            LocalDate expectedP90,
            double probabilityOfMissing,
            String responsibleStage,
            boolean beyondHistory) {}

    /** A person's open cases and their clocks at risk or breached. */
    public record WorkloadRow(String username, String role, long openCases, long atRiskClocks, long breachedClocks) {}

    /** Cross-border cases of one role (LEAD / CONCERNED) in one stage. */
    public record RoleStageCount(String role, String stage, long open, long closed) {}

    /**
     * One open cross-border case against its investigation deadline, counted to {@code today}:
     * {@code daysLeft} is negative once the due day has passed (null when no deadline runs: GDPR alone).
     */
    public record CrossBorderItem(
            String caseRef,
            String reference,
            String role,
            String leadAuthority,
            String organisation,
            String rules,
            String procedure,
            String stage,
            LocalDate openedOn,
            long daysSinceOpening,
            LocalDate dueOn,
            Long daysLeft) {
        public static CrossBorderItem of(
                String caseRef,
                String reference,
                String role,
                String leadAuthority,
                String organisation,
                String rules,
                String procedure,
                String stage,
                LocalDate openedOn,
                LocalDate dueOn,
                LocalDate today) {
            return new CrossBorderItem(
                    caseRef,
                    reference,
                    role,
                    leadAuthority,
                    organisation,
                    rules,
                    procedure,
                    stage,
                    openedOn,
                    ChronoUnit.DAYS.between(openedOn, today),
                    dueOn,
                    dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn));
        }

        /** The due day has passed and the case is still open (the due day itself is still in time). */
        public boolean overdue() {
            return daysLeft != null && daysLeft < 0;
        }
    }

    /**
     * Cross-border complaints' transmissions to the presumed lead authority (6 weeks from receipt,
     * Regulation (EU) 2025/2518), from their clocks: made within the period, made late, still to make
     * and past due, still to make in time. Clocks stopped (the transmission no longer needed) are left out.
     */
    public record TransmissionCount(long metInTime, long metLate, long openOverdue, long openInTime) {
        public long total() {
            return metInTime + metLate + openOverdue + openInTime;
        }
    }
}
