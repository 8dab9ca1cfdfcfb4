package fr.vigie.bench;

import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.DeadlineCalculator;
import fr.vigie.platform.clock.domain.DeadlineComputation;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PublicHoliday;
import fr.vigie.platform.clock.domain.Suspensions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of computing one due date, the operation dashboards repeat for every open clock.
 *
 * <p>Why it matters: the status job and calendar changes recompute up to a million due dates in
 * one run, and the screens explain them one by one. The {@code ...LastDayOnly} cases are the
 * batch path ({@link DeadlineCalculator#lastDay}), which skips the English explanation of each
 * step; the others build it, as the calculator screen does. The two cases are the cheapest common one (a period in
 * months, plain date arithmetic) and the most expensive one (30 working days, counted day by
 * day against the holiday calendar, plus a suspension that moves the end). The calendar is
 * the administrator-adjusted one, as in production, prepared once per trial.
 *
 * <p>Run with {@code mvn -Pbench -pl bench -am verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DueDateBenchmark {

    private DeadlineCalculator calculator;
    private HolidayCalendar calendar;
    private LocalDate monthEndEvent;
    private Period threeMonths;
    private LocalDate springEvent;
    private Period thirtyWorkingDays;
    private long suspendedDays;
    private List<Period> oneExtension;

    @Setup
    public void prepare() {
        calculator = new DeadlineCalculator();
        calendar = AdjustedHolidayCalendar.frenchDefaults()
                .withHolidayAdded(new PublicHoliday(LocalDate.of(2026, 5, 15), "Pont de l'Ascension"));
        // 30 November + 3 months: clamped to 28 February (a Saturday), then rolled forward.
        monthEndEvent = LocalDate.of(2025, 11, 30);
        threeMonths = Period.months(3);
        oneExtension = List.of(Period.months(3));
        // 30 working days across Easter Monday, 1 and 8 May, Ascension, the bridge and Whit Monday.
        springEvent = LocalDate.of(2026, 4, 2);
        thirtyWorkingDays = Period.workingDays(30);
        suspendedDays = Suspensions.none()
                .suspendFrom(LocalDate.of(2026, 4, 20))
                .resumeOn(LocalDate.of(2026, 5, 4))
                .suspendedDaysAsOf(LocalDate.of(2026, 6, 1));
    }

    @Benchmark
    public DeadlineComputation monthsPeriod() {
        return calculator.compute(monthEndEvent, threeMonths, 0, calendar);
    }

    @Benchmark
    public DeadlineComputation monthsPeriodWithExtension() {
        return calculator.computeWithExtensions(monthEndEvent, threeMonths, oneExtension, 0, calendar);
    }

    @Benchmark
    public DeadlineComputation thirtyWorkingDaysWithSuspension() {
        return calculator.compute(springEvent, thirtyWorkingDays, suspendedDays, calendar);
    }

    @Benchmark
    public LocalDate monthsPeriodLastDayOnly() {
        return calculator.lastDay(monthEndEvent, threeMonths, List.of(), 0, calendar);
    }

    @Benchmark
    public LocalDate thirtyWorkingDaysWithSuspensionLastDayOnly() {
        return calculator.lastDay(springEvent, thirtyWorkingDays, List.of(), suspendedDays, calendar);
    }
}
