package fr.vigie.platform.api.clock;

/**
 * The status of a clock as stored and reported. Same names as the engine's
 * {@code ClockStatus}, so that modules need not depend on the engine's package.
 */
public enum ClockState {
    RUNNING, SUSPENDED, AT_RISK, BREACHED, MET, STOPPED;

    /** True for the states the owner must be warned about. */
    public boolean needsAttention() {
        return this == AT_RISK || this == BREACHED;
    }

    /** True once the clock has ended (met or stopped). */
    public boolean isEnded() {
        return this == MET || this == STOPPED;
    }
}
