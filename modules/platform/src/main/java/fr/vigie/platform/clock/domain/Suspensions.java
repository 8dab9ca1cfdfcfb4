package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All the suspensions of one clock.
 *
 * <p>Why a collection with rules rather than a list: overlapping suspensions would count the
 * same days twice and push the deadline too far, to the detriment of the person waiting for
 * a decision. The collection refuses them, naming both intervals, and consequently holds at
 * most one open suspension (an open one overlaps anything after it). Immutable: each change
 * returns a new collection, which the tracking layer persists.
 */
public final class Suspensions {

    private static final Suspensions NONE = new Suspensions(List.of());

    private final List<Suspension> inOrder;

    private Suspensions(List<Suspension> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    public static Suspensions none() {
        return NONE;
    }

    /** The given suspensions, in any order; refused if two of them overlap. */
    public static Suspensions of(Collection<Suspension> suspensions) {
        Suspensions result = NONE;
        for (Suspension suspension : Require.present(suspensions, "list of suspensions")) {
            result = result.add(suspension);
        }
        return result;
    }

    /**
     * These suspensions plus {@code suspension}.
     *
     * @throws ClockRuleException if it overlaps an existing suspension (the message names both)
     */
    public Suspensions add(Suspension suspension) {
        Require.present(suspension, "suspension");
        for (Suspension existing : inOrder) {
            if (existing.overlaps(suspension)) {
                throw new ClockRuleException(
                        "clock.suspension.overlap",
                        "The %s overlaps the existing %s: a clock cannot be suspended twice on the same day",
                        suspension,
                        existing);
            }
        }
        List<Suspension> updated = new ArrayList<>(inOrder);
        updated.add(suspension);
        updated.sort(Comparator.comparing(Suspension::from));
        return new Suspensions(updated);
    }

    /** Starts a new suspension on {@code from}: the business verb behind "waiting for the applicant". */
    public Suspensions suspendFrom(LocalDate from) {
        return add(Suspension.openFrom(from));
    }

    /**
     * Ends the open suspension: the clock runs again from {@code resumedOn}.
     *
     * @throws ClockRuleException if no suspension is open
     */
    public Suspensions resumeOn(LocalDate resumedOn) {
        Suspension open = open().orElseThrow(() -> new ClockRuleException(
                "clock.suspension.noneOpen", "The clock cannot resume on %s: it is not suspended", resumedOn));
        List<Suspension> updated = new ArrayList<>(inOrder);
        updated.set(updated.indexOf(open), open.resume(resumedOn));
        return new Suspensions(updated);
    }

    /** The suspension still running, if any. */
    public Optional<Suspension> open() {
        return inOrder.stream().filter(Suspension::isOpen).findFirst();
    }

    /** True if the clock is stopped on {@code day}. */
    public boolean isSuspendedOn(LocalDate day) {
        Require.date(day, "day");
        return inOrder.stream().anyMatch(suspension -> suspension.covers(day));
    }

    /**
     * The suspended calendar days before {@code date}, the number {@link DeadlineCalculator}
     * adds to the period. An open suspension counts as if the clock resumed on {@code date}.
     */
    public long suspendedDaysAsOf(LocalDate date) {
        Require.date(date, "date to count the suspended days at");
        return inOrder.stream()
                .mapToLong(suspension -> suspension.suspendedDaysAsOf(date))
                .sum();
    }

    /** The suspensions, earliest first. */
    public List<Suspension> asList() {
        return inOrder;
    }

    public boolean isEmpty() {
        return inOrder.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Suspensions that && inOrder.equals(that.inOrder);
    }

    @Override
    public int hashCode() {
        return inOrder.hashCode();
    }

    @Override
    public String toString() {
        return inOrder.toString();
    }
}
