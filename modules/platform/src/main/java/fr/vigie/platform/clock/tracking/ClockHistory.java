package fr.vigie.platform.clock.tracking;

import fr.vigie.platform.clock.domain.ClockFacts;
import fr.vigie.platform.clock.domain.ClockOutcome;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.domain.Suspensions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a clock's {@link ClockFacts} from its history. Shared by the JPA aggregate and the
 * batch recomputations (which read the history with plain SQL), so both derive the same dates.
 */
public final class ClockHistory {

    /** The part of an event that matters to the rules. */
    public record Entry(ClockEventType type, LocalDate date, Integer amount, String unit) {}

    private ClockHistory() {}

    public static ClockFacts facts(LegalPolicy policy, LocalDate startEvent, LocalDate openedOn, List<Entry> history) {
        return facts(policy, null, startEvent, openedOn, history);
    }

    /**
     * @param chosenPeriod the period chosen for the clock's case, or null when it runs for its
     *                     policy's own period
     */
    public static ClockFacts facts(
            LegalPolicy policy, Period chosenPeriod, LocalDate startEvent, LocalDate openedOn, List<Entry> history) {
        Suspensions suspensions = Suspensions.none();
        List<Period> extensions = new ArrayList<>();
        ClockOutcome outcome = ClockOutcome.PENDING;
        for (Entry entry : history) {
            switch (entry.type()) {
                case SUSPENDED -> suspensions = suspensions.suspendFrom(entry.date());
                case RESUMED -> suspensions = suspensions.resumeOn(entry.date());
                case EXTENDED -> extensions.add(Period.of(entry.amount(), PeriodUnit.parse(entry.unit())));
                case MET -> outcome = ClockOutcome.MET;
                case STOPPED -> outcome = ClockOutcome.STOPPED;
                case STARTED, RECOMPUTED, REASSIGNED, CORRECTED -> {
                    // no effect on the facts
                }
            }
        }
        return new ClockFacts(
                policy,
                chosenPeriod == null ? policy.period() : chosenPeriod,
                startEvent,
                openedOn,
                suspensions,
                extensions,
                outcome);
    }
}
