package fr.vigie.buildfixture;

/**
 * Deliberately misformatted (palantir-java-format would rewrite it); otherwise correct code, so only
 * the Spotless check can fail this build.
 */
public final class Threshold {
  private final int limit;

    public Threshold(int limit) { if (limit < 0) { throw new IllegalArgumentException("limit must not be negative"); }
        this.limit = limit;
    }

    public boolean exceededBy(int value) { return value > limit; }
}
