package fr.vigie.platform.clock.domain;

/**
 * How a clock ended, if it did.
 *
 * <p>Why two endings: a clock is met when the expected act happened (the reply arrived, the
 * decision was taken); it is stopped when the act became pointless (complaint withdrawn,
 * dossier abandoned). Reports count the first as a kept deadline and ignore the second.
 */
public enum ClockOutcome {
    /** The clock is still running (or suspended). */
    PENDING,
    /** The expected act happened. */
    MET,
    /** The case no longer needs the act; the clock was stopped without being met. */
    STOPPED
}
