package fr.vigie.platform.clock.domain;

/**
 * Whether a policy's period runs after its event (most deadlines) or ends at a later event
 * ("at least 15 days before the hearing", "at least one month before the permit expires").
 *
 * <p>Why it matters: the two are computed differently (see
 * {@link DeadlineCalculator#latestDayBefore}); a period before an event moves to the
 * previous working day, never the next, so the notice is never too short.
 */
public enum CountingDirection {
    /** The period starts with the event and the clock's last day is after it. */
    AFTER_EVENT("after_event"),
    /** The period ends with a later event and the clock's last day is before it. */
    BEFORE_EVENT("before_event");

    private final String spelling;

    CountingDirection(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    static CountingDirection parse(String text) {
        for (CountingDirection direction : values()) {
            if (direction.spelling.equals(text)) {
                return direction;
            }
        }
        throw new ClockRuleException(
                "clock.policy.unknownDirection",
                "Unknown counting direction '%s': expected after_event or before_event",
                text);
    }
}
