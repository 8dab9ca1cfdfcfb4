package fr.vigie.platform.api.clock;

/**
 * The status of a clock as stored and reported. Same names as the engine's
 * {@code ClockStatus}, so that modules need not depend on the engine's package.
 */
public enum ClockState {
    RUNNING,
    SUSPENDED,
    AT_RISK,
    BREACHED,
    MET,
    STOPPED,
    /**
     * A period that does not bind the authority has run out: a party's right lapsed, a term ended
     * or silence became acceptance. Not the authority's breach.
     */
    EXPIRED;

    /** True for the states the owner must be warned about. */
    public boolean needsAttention() {
        return this == AT_RISK || this == BREACHED;
    }

    /** True once the period has run out without the act: the authority's breach or another legal effect. */
    public boolean hasRunOut() {
        return this == BREACHED || this == EXPIRED;
    }

    /** True once the clock has ended (met or stopped). */
    public boolean isEnded() {
        return this == MET || this == STOPPED;
    }
}
