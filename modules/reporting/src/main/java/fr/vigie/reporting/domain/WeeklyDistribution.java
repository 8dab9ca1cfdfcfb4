package fr.vigie.reporting.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * An empirical distribution of a duration in whole weeks: {@code pmf[w]} is the probability that
 * the duration is {@code w} weeks. Built from past cases (a histogram of stage lengths in days,
 * rounded up to the week, so that a stage of one day counts as one week: forecasts err late, not
 * early). Immutable.
 *
 * <p>Sums of independent stage durations are convolutions of their distributions; the remaining
 * length of a stage already open for {@code e} weeks is the distribution of {@code D - e} given
 * {@code D > e} (past cases that took longer than {@code e}, re-weighted).
 */
public final class WeeklyDistribution {
    /** Durations beyond ten years are counted as ten years. */
    public static final int MAX_WEEKS = 520;
    /** Probability mass below which the tail of a distribution is dropped, to keep convolutions small. */
    private static final double NEGLIGIBLE = 1e-9;

    private final double[] pmf;

    private WeeklyDistribution(double[] pmf) {
        this.pmf = trim(pmf);
    }

    /** From a histogram: length in days → number of past stages of that length. Empty input gives none. */
    public static Optional<WeeklyDistribution> fromDayCounts(Map<Integer, ? extends Number> countsByDays) {
        double[] counts = new double[MAX_WEEKS + 1];
        double total = 0;
        for (Map.Entry<Integer, ? extends Number> e : countsByDays.entrySet()) {
            int days = Math.max(0, e.getKey());
            int weeks = Math.min(MAX_WEEKS, (days + 6) / 7);
            double n = e.getValue().doubleValue();
            if (n > 0) {
                counts[weeks] += n;
                total += n;
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        for (int w = 0; w < counts.length; w++) {
            counts[w] /= total;
        }
        return Optional.of(new WeeklyDistribution(counts));
    }

    /** A duration known for certain. */
    public static WeeklyDistribution exactly(int weeks) {
        double[] p = new double[weeks + 1];
        p[weeks] = 1;
        return new WeeklyDistribution(p);
    }

    /** The distribution of the sum of two independent durations. */
    public WeeklyDistribution plus(WeeklyDistribution other) {
        double[] sum = new double[pmf.length + other.pmf.length - 1];
        for (int i = 0; i < pmf.length; i++) {
            if (pmf[i] == 0) {
                continue;
            }
            for (int j = 0; j < other.pmf.length; j++) {
                sum[i + j] += pmf[i] * other.pmf[j];
            }
        }
        return new WeeklyDistribution(sum);
    }

    /**
     * The remaining weeks of a stage open for {@code elapsedWeeks} full weeks: {@code D - e} given
     * {@code D > e}. Empty when no past stage lasted that long (the case is beyond history).
     */
    public Optional<WeeklyDistribution> remainingAfter(int elapsedWeeks) {
        int e = Math.max(0, elapsedWeeks);
        double mass = 0;
        for (int w = e + 1; w < pmf.length; w++) {
            mass += pmf[w];
        }
        if (mass <= NEGLIGIBLE) {
            return Optional.empty();
        }
        double[] rest = new double[pmf.length - e];
        for (int w = e + 1; w < pmf.length; w++) {
            rest[w - e] = pmf[w] / mass;
        }
        return Optional.of(new WeeklyDistribution(rest));
    }

    /** The smallest number of weeks {@code w} with {@code P(D <= w) >= p}. */
    public int quantile(double p) {
        double cumulative = 0;
        for (int w = 0; w < pmf.length; w++) {
            cumulative += pmf[w];
            if (cumulative >= p - 1e-12) {
                return w;
            }
        }
        return pmf.length - 1;
    }

    /** {@code cdf[w] = P(D <= w)}, up to the longest possible duration (last value 1). */
    public double[] cdf() {
        double[] cdf = new double[pmf.length];
        double cumulative = 0;
        for (int w = 0; w < pmf.length; w++) {
            cumulative += pmf[w];
            cdf[w] = Math.min(1, cumulative);
        }
        cdf[cdf.length - 1] = 1;
        return cdf;
    }

    /** {@code P(D <= weeks)}. */
    public double probabilityAtMost(int weeks) {
        if (weeks < 0) {
            return 0;
        }
        double[] cdf = cdf();
        return weeks >= cdf.length ? 1 : cdf[weeks];
    }

    public double mean() {
        double mean = 0;
        for (int w = 0; w < pmf.length; w++) {
            mean += w * pmf[w];
        }
        return mean;
    }

    /** The longest duration with a non-negligible probability. */
    public int longestWeeks() {
        return pmf.length - 1;
    }

    public double probability(int weeks) {
        return weeks >= 0 && weeks < pmf.length ? pmf[weeks] : 0;
    }

    private static double[] trim(double[] p) {
        int last = p.length - 1;
        while (last > 0 && p[last] <= NEGLIGIBLE) {
            last--;
        }
        double[] kept = Arrays.copyOf(p, Math.min(last + 1, MAX_WEEKS * 6 + 1));
        double total = 0;
        for (double v : kept) {
            total += v;
        }
        if (total > 0 && Math.abs(total - 1) > 1e-12) {
            for (int i = 0; i < kept.length; i++) {
                kept[i] /= total;
            }
        }
        return kept;
    }
}
