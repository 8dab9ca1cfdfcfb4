package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.ClockRule;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.DeadlineCalculator;
import fr.vigie.platform.clock.domain.DeadlineComputation;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.domain.PublicHoliday;
import fr.vigie.platform.clock.domain.Suspension;
import fr.vigie.platform.clock.domain.Suspensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadline calculator: the last day of any policy, or of a period typed by hand, from a
 * start date, with optional suspensions, on the calendar in force. Changes nothing. Refusals
 * name the input at fault ({@code policy}, {@code amount}, {@code unit}, {@code start},
 * {@code suspendedDays}, {@code suspensions}).
 */
@ApplicationScoped
public class DeadlineCalculatorService {
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();

    @Inject
    PolicyRegistry policies;

    @Inject
    HolidayCalendars calendars;

    /**
     * A request: either a policy code, or an amount and a unit.
     *
     * @param policyCode    a policy code, or null/blank
     * @param amount        the amount when no policy is given
     * @param unit          the unit spelling when no policy is given
     * @param start         the start event
     * @param suspendedDays suspended calendar days, or null
     * @param suspensions   suspension intervals (first suspended day, day the clock resumes), may be empty
     */
    public record Request(
            String policyCode,
            Integer amount,
            String unit,
            LocalDate start,
            Long suspendedDays,
            List<Interval> suspensions) {
        public Request {
            suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
        }
    }

    /** A suspension: from its first day to the day the clock runs again. */
    public record Interval(LocalDate from, LocalDate resumedOn) {}

    public DeadlineCalculation calculate(Request request) {
        if (request.start() == null) {
            throw new ClockException("start", "clock.input.missingDate", "start");
        }
        long suspended = suspendedDays(request);
        HolidayCalendar calendar = calendars.current();
        boolean byPolicy = request.policyCode() != null && !request.policyCode().isBlank();
        try {
            if (byPolicy) {
                LegalPolicy policy = policies.current(request.policyCode().strip());
                DeadlineComputation computation =
                        policy.computeDeadline(request.start(), List.of(), suspended, calendar);
                return result(
                        policy.code(),
                        policy.legalSource(),
                        policy.period(),
                        request,
                        suspended,
                        computation,
                        calendar);
            }
            if (request.amount() == null) {
                throw new ClockException("amount", "clock.calculator.periodRequired");
            }
            if (request.unit() == null || request.unit().isBlank()) {
                throw new ClockException("unit", "clock.calculator.unitRequired");
            }
            Period period = Period.of(request.amount(), PeriodUnit.parse(request.unit()));
            DeadlineComputation computation = CALCULATOR.compute(request.start(), period, suspended, calendar);
            return result(null, null, period, request, suspended, computation, calendar);
        } catch (ClockRuleException refused) {
            String field = refused.messageKey().startsWith("clock.policy.notSuspendable")
                    ? "suspendedDays"
                    : byPolicy ? "policy" : "amount";
            throw ClockException.of(refused, field);
        }
    }

    private static long suspendedDays(Request request) {
        long days = 0;
        if (request.suspendedDays() != null) {
            if (request.suspendedDays() < 0) {
                throw new ClockException("suspendedDays", "clock.suspension.negative", request.suspendedDays());
            }
            days += request.suspendedDays();
        }
        if (!request.suspensions().isEmpty()) {
            List<Suspension> intervals = new ArrayList<>();
            LocalDate latest = request.start();
            for (int i = 0; i < request.suspensions().size(); i++) {
                Interval interval = request.suspensions().get(i);
                if (interval == null || interval.from() == null || interval.resumedOn() == null) {
                    throw new ClockException("suspension", "clock.calculator.suspensionIncomplete", i + 1);
                }
                if (interval.from().isBefore(request.start())) {
                    throw new ClockException(
                            "suspension", "clock.suspension.beforeStart", interval.from(), request.start());
                }
                try {
                    intervals.add(Suspension.between(interval.from(), interval.resumedOn()));
                } catch (ClockRuleException refused) {
                    throw ClockException.of(refused, "suspension");
                }
                latest = interval.resumedOn().isAfter(latest) ? interval.resumedOn() : latest;
            }
            try {
                days += Suspensions.of(intervals).suspendedDaysAsOf(latest);
            } catch (ClockRuleException overlap) {
                throw ClockException.of(overlap, "suspension");
            }
        }
        return days;
    }

    private static DeadlineCalculation result(
            String code,
            String source,
            Period period,
            Request request,
            long suspended,
            DeadlineComputation computation,
            HolidayCalendar calendar) {
        List<DeadlineCalculation.Step> steps = computation.steps().stream()
                .map(step -> new DeadlineCalculation.Step(
                        step.rule(),
                        step.before(),
                        step.after(),
                        step.explanation(),
                        step.legalReference(),
                        holidayName(step.rule(), step.before(), calendar)))
                .toList();
        return new DeadlineCalculation(
                code,
                source,
                period.amount(),
                period.unit().spelling(),
                request.start(),
                suspended,
                computation.lastDay(),
                steps);
    }

    private static String holidayName(ClockRule rule, LocalDate day, HolidayCalendar calendar) {
        if (rule != ClockRule.ART_3_4 && rule != ClockRule.ROLL_BACK) {
            return null;
        }
        return calendar.holidayOn(day).map(PublicHoliday::name).orElse(null);
    }
}
