package fr.vigie.platform.clock.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a legal period may be extended: how many times, and by how much each time.
 *
 * <p>Why the engine checks it rather than the screen: an extension beyond what the text
 * allows (a second extension of an EHDS permit decision, Art. 68(4)) makes the authority's
 * decision unlawful; the rule has to hold whoever grants the extension and however.
 * Some texts set a number but no length ("extendable once", length left to the president):
 * the maximum per extension is then absent.
 */
public final class ExtensionRule {

    private static final ExtensionRule NONE = new ExtensionRule(0, null);

    private final int maxExtensions;
    private final Period maxPerExtension;

    private ExtensionRule(int maxExtensions, Period maxPerExtension) {
        if (maxExtensions < 0) {
            throw new ClockRuleException(
                    "clock.extension.negativeCount",
                    "The maximum number of extensions cannot be negative (%d given)",
                    maxExtensions);
        }
        if (maxExtensions == 0 && maxPerExtension != null) {
            throw new ClockRuleException(
                    "clock.extension.lengthWithoutExtension",
                    "A maximum length per extension (%s) makes no sense when no extension is allowed",
                    maxPerExtension);
        }
        this.maxExtensions = maxExtensions;
        this.maxPerExtension = maxPerExtension;
    }

    /** The period cannot be extended. */
    public static ExtensionRule none() {
        return NONE;
    }

    /** At most {@code count} extensions, each at most {@code maxEach} long. */
    public static ExtensionRule upTo(int count, Period maxEach) {
        return new ExtensionRule(count, Require.present(maxEach, "maximum length per extension"));
    }

    /** At most {@code count} extensions, whose length the text leaves to the deciding person. */
    public static ExtensionRule upTo(int count) {
        return count == 0 ? NONE : new ExtensionRule(count, null);
    }

    public int maxExtensions() {
        return maxExtensions;
    }

    public Optional<Period> maxPerExtension() {
        return Optional.ofNullable(maxPerExtension);
    }

    public boolean allowsExtension() {
        return maxExtensions > 0;
    }

    /**
     * Checks that {@code requested} may be granted after the extensions already granted.
     *
     * @throws ClockRuleException naming the limit that would be exceeded, with {@code source}
     *                            (the legal source of the policy) so the person knows why
     */
    public void requireAllowed(List<Period> alreadyGranted, Period requested, String source) {
        Require.present(alreadyGranted, "list of extensions already granted");
        Require.present(requested, "requested extension");
        if (alreadyGranted.size() >= maxExtensions) {
            throw new ClockRuleException(
                    "clock.extension.tooMany",
                    "No further extension is possible: %s allows %s and %d %s already granted",
                    source,
                    describeCount(),
                    alreadyGranted.size(),
                    alreadyGranted.size() == 1 ? "was" : "were");
        }
        if (maxPerExtension != null && requested.exceeds(maxPerExtension)) {
            throw new ClockRuleException(
                    "clock.extension.tooLong",
                    "An extension of %s is longer than the %s that %s allows",
                    requested,
                    maxPerExtension,
                    source);
        }
    }

    private String describeCount() {
        return switch (maxExtensions) {
            case 0 -> "no extension";
            case 1 -> "one extension";
            default -> maxExtensions + " extensions";
        };
    }

    @Override
    public String toString() {
        if (maxExtensions == 0) {
            return "no extension";
        }
        return describeCount() + (maxPerExtension == null ? "" : " of at most " + maxPerExtension);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtensionRule that
                && maxExtensions == that.maxExtensions
                && Objects.equals(maxPerExtension, that.maxPerExtension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxExtensions, maxPerExtension);
    }
}
