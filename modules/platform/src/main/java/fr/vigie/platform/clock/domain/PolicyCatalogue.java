package fr.vigie.platform.clock.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The legal policies the authority applies, by code.
 *
 * <p>Why a resource file: the periods are policy values that lawyers review and the
 * administrator may change (DOMAIN.md marks several as configurable); a file lists every
 * deadline with its source in one readable place. The defaults ship in
 * {@value #DEFAULT_RESOURCE}; the configuration layer may overlay its own values on
 * {@link #defaultProperties()} and call {@link #fromProperties}. Every key is
 * {@code <CODE>.<attribute>}; unknown attributes are rejected, so that a misspelt key fails
 * loudly instead of being silently ignored. Attributes:
 * <ul>
 * <li>required: {@code title}, {@code source}, {@code period} (e.g. {@code 3 months}),
 *     {@code starts}, {@code stops}, {@code version};</li>
 * <li>optional: {@code minimum-period}, {@code maximum-period}, {@code suspendable}
 *     (false), {@code extensions.max-count} (0), {@code extensions.max-period} (no limit),
 *     {@code direction} ({@code after_event}), {@code on-expiry} ({@code breach}),
 *     {@code at-risk.percent} (20), {@code at-risk.minimum-days} (10),
 *     {@code applies-to-cases-opened-from} (an ISO date; none: every case).</li>
 * </ul>
 */
public final class PolicyCatalogue {

    /** Classpath location of the default catalogue. */
    public static final String DEFAULT_RESOURCE = "/fr/vigie/platform/clock/legal-policies.properties";

    private static final Set<String> ATTRIBUTES = Set.of(
            "title",
            "source",
            "period",
            "minimum-period",
            "maximum-period",
            "starts",
            "stops",
            "module",
            "configurable",
            "suspendable",
            "extensions.max-count",
            "extensions.max-period",
            "direction",
            "on-expiry",
            "at-risk.percent",
            "at-risk.minimum-days",
            "applies-to-cases-opened-from",
            "version");

    private final Map<String, LegalPolicy> byCode;

    private PolicyCatalogue(Map<String, LegalPolicy> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The catalogue shipped with the application. */
    public static PolicyCatalogue defaults() {
        return fromProperties(defaultProperties());
    }

    /** A fresh copy of the default properties, for the configuration layer to overlay. */
    public static Properties defaultProperties() {
        InputStream stream = PolicyCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(
                    "The default legal policies " + DEFAULT_RESOURCE + " are missing from the classpath");
        }
        // Read as UTF-8, not the ISO-8859-1 of Properties.load(InputStream): the sources are French ("décret").
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the default legal policies " + DEFAULT_RESOURCE, unreadable);
        }
    }

    /**
     * A catalogue built from {@code <CODE>.<attribute>} properties.
     *
     * @throws ClockRuleException naming the policy and the key when a value is missing, unknown or invalid
     */
    public static PolicyCatalogue fromProperties(Properties properties) {
        Require.present(properties, "policy properties");
        Map<String, Map<String, String>> attributesByCode = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            String attribute = dot < 0 ? "" : key.substring(dot + 1);
            if (!ATTRIBUTES.contains(attribute)) {
                throw new ClockRuleException(
                        "clock.policy.unknownKey",
                        "Unknown legal policy key '%s': expected <CODE>.<attribute> with an attribute among %s",
                        key,
                        ATTRIBUTES.stream().sorted().toList());
            }
            attributesByCode
                    .computeIfAbsent(key.substring(0, dot), code -> new TreeMap<>())
                    .put(attribute, properties.getProperty(key).strip());
        }
        Map<String, LegalPolicy> policies = new TreeMap<>();
        attributesByCode.forEach((code, attributes) -> policies.put(code, new PolicyReader(code, attributes).read()));
        return new PolicyCatalogue(policies);
    }

    /**
     * The policy with this code.
     *
     * @throws ClockRuleException if there is none
     */
    public LegalPolicy policy(String code) {
        return find(code)
                .orElseThrow(() -> new ClockRuleException(
                        "clock.policy.unknown", "There is no legal policy with code '%s'", code));
    }

    public Optional<LegalPolicy> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every policy, by code order. */
    public List<LegalPolicy> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(LegalPolicy::code))
                .toList();
    }

    /** Every code, in alphabetical order. */
    public SortedSet<String> codes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byCode.keySet()));
    }

    /**
     * This catalogue with {@code revised} replacing the policy of the same code, which must be
     * a later version: a version number, once used, always means the same values.
     */
    public PolicyCatalogue with(LegalPolicy revised) {
        Require.present(revised, "revised policy");
        LegalPolicy current = policy(revised.code());
        if (revised.version() <= current.version()) {
            throw new ClockRuleException(
                    "clock.policy.staleVersion",
                    "Policy %s is at version %d: a revision must have a higher version, not %d",
                    revised.code(),
                    current.version(),
                    revised.version());
        }
        Map<String, LegalPolicy> updated = new TreeMap<>(byCode);
        updated.put(revised.code(), revised);
        return new PolicyCatalogue(updated);
    }

    /** Number of policies. */
    public int size() {
        return byCode.size();
    }
}
