package fr.vigie.buildfixture;

/**
 * Deliberately broken: the guard creates its exception but never throws it, an ERROR-level Error
 * Prone finding (DeadException). Formatted, so only Error Prone can fail this build.
 */
public final class Threshold {
    private final int limit;

    public Threshold(int limit) {
        if (limit < 0) {
            new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
    }

    public boolean exceededBy(int value) {
        return value > limit;
    }
}
