package fr.vigie.platform.api.clock;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A module's directory of its own cases, for the legal clocks: a clock starts only on an
 * existing case of the module its policy belongs to ({@code complaints:PL-2026-000123} must be a
 * complaint that exists). Each module that runs clocks implements it once, as a CDI bean
 * (e.g. {@code @ApplicationScoped}), for its own module name; a module without an implementation
 * cannot have clocks started on its cases (refused on field {@code caseRef}).
 *
 * <p>Called inside the transaction that starts the clock, so a case created earlier in the same
 * transaction must be found (a JPA query flushes it first).
 */
public interface KnownCases {

    /** The module whose cases this directory knows, as in {@link fr.vigie.platform.api.CaseRef#module()}. */
    String module();

    /** True if a case of this module has {@code reference} (the part of the case reference after the colon). */
    boolean exists(String reference);

    /**
     * The day the case with {@code reference} was opened, or empty when this directory does not
     * record it. A deadline that governs only the cases opened from a given date (Regulation (EU)
     * 2025/2518: complaints lodged from 2 April 2027, investigations opened or complaints lodged after
     * that day, Art. 36 and 37(2)) starts only on a case whose day its directory gives: for a
     * cross-border case, the day {@code CrossBorderRules.article36Day} names. The default, empty,
     * refuses those deadlines and no other.
     */
    default Optional<LocalDate> openedOn(String reference) {
        return Optional.empty();
    }
}
