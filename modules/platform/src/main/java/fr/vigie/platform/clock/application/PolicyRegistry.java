package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import fr.vigie.platform.clock.persistence.PolicyVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The legal policies in force, as stored in {@code clock_policy_version}. A version is never
 * changed once written, so versions read once are kept in memory (every server of a cluster
 * reads the same immutable rows); "the current version" is always asked to the database, since
 * another server may have just revised it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyRegistry {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    private final Map<String, LegalPolicy> byVersion = new ConcurrentHashMap<>();

    /**
     * The policy as the law shipped with this release defines it ({@code legal-policies.properties}):
     * what an administrator can never revise — the module whose cases it runs on, whether its
     * period is fixed by law or configurable, whether it may be suspended. Running clocks keep
     * their own version's period; these facts are the law's, whatever version a clock runs under.
     *
     * @throws ClockRuleException {@code clock.policy.unknown} for a code the release does not know
     */
    public LegalPolicy law(String code) {
        PolicyCatalogue catalogue = LAW;
        if (code == null || !catalogue.codes().contains(code)) {
            throw new ClockRuleException("clock.policy.unknown", "There is no legal policy with code '%s'", code);
        }
        return catalogue.policy(code);
    }

    /** {@link #law}, or empty for a code the release does not know. */
    public java.util.Optional<LegalPolicy> lawOf(String code) {
        return code != null && LAW.codes().contains(code)
                ? java.util.Optional.of(LAW.policy(code))
                : java.util.Optional.empty();
    }

    private static final PolicyCatalogue LAW = PolicyCatalogue.defaults();

    /** The current (latest) version of every policy, by code. */
    public List<PolicyVersion> latest() {
        return em.createNamedQuery("PolicyVersion.latest", PolicyVersion.class).getResultList();
    }

    /** Every version of one policy, latest first. */
    public List<PolicyVersion> history(String code) {
        return em.createNamedQuery("PolicyVersion.history", PolicyVersion.class)
                .setParameter("code", code)
                .getResultList();
    }

    /**
     * The current version of a policy.
     *
     * @throws ClockRuleException {@code clock.policy.unknown} when there is none
     */
    public LegalPolicy current(String code) {
        List<PolicyVersion> versions = code == null
                ? List.of()
                : em.createNamedQuery("PolicyVersion.history", PolicyVersion.class)
                        .setParameter("code", code)
                        .setMaxResults(1)
                        .getResultList();
        if (versions.isEmpty()) {
            throw new ClockRuleException("clock.policy.unknown", "There is no legal policy with code '%s'", code);
        }
        return toPolicy(versions.get(0));
    }

    /** The given version of a policy (the one a clock started under). */
    public LegalPolicy at(String code, int version) {
        return byVersion.computeIfAbsent(code + "#" + version, key -> {
            PolicyVersion stored = em.find(PolicyVersion.class, new PolicyVersion.Key(code, version));
            if (stored == null) {
                throw new ClockRuleException(
                        "clock.policy.unknown", "There is no legal policy with code '%s'", code + " v" + version);
            }
            return parse(stored.code(), stored.definition());
        });
    }

    /** The engine's policy for a stored version. */
    public LegalPolicy toPolicy(PolicyVersion stored) {
        return byVersion.computeIfAbsent(
                stored.code() + "#" + stored.version(), key -> parse(stored.code(), stored.definition()));
    }

    /** Reads a stored definition ({@code attribute=value} lines) into the engine's policy. */
    public static LegalPolicy parse(String code, String definition) {
        Properties attributes = new Properties();
        try {
            attributes.load(new StringReader(definition));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        Properties prefixed = new Properties();
        attributes
                .stringPropertyNames()
                .forEach(name -> prefixed.setProperty(code + "." + name, attributes.getProperty(name)));
        return PolicyCatalogue.fromProperties(prefixed).policy(code);
    }

    /** The attributes of one policy in a catalogue's properties, without the code prefix. */
    public static Map<String, String> attributesOf(Properties catalogue, String code) {
        Map<String, String> attributes = new TreeMap<>();
        String prefix = code + ".";
        for (String name : catalogue.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                attributes.put(
                        name.substring(prefix.length()),
                        catalogue.getProperty(name).strip());
            }
        }
        return attributes;
    }

    /** The stored form of attributes: one {@code attribute=value} line each, in name order. */
    public static String definition(Map<String, String> attributes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(attributes).forEach((name, value) -> text.append(name)
                .append('=')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n'));
        return text.toString();
    }
}
