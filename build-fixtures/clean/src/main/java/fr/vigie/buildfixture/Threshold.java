package fr.vigie.buildfixture;

/**
 * The control fixture: the same class as the two bad fixtures, formatted and free of Error Prone
 * errors. It passes the build, so their failures come from their one defect, not from the setup.
 */
public final class Threshold {
    private final int limit;

    public Threshold(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
    }

    public boolean exceededBy(int value) {
        return value > limit;
    }
}
