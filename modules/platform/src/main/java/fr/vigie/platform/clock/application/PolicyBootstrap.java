package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the default policies of {@code legal-policies.properties} into the versioned table at
 * start-up, after the migrations.
 *
 * <p>Idempotent and safe when several servers start together: a policy version of the file is
 * inserted only if it is newer than every stored version of that policy (a first start, or a
 * release that raised the version), with {@code ON CONFLICT DO NOTHING}. An administrator's
 * revision (stored version above the file's) is therefore never overwritten by a restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class PolicyBootstrap {
    private static final Logger LOG = Logger.getLogger(PolicyBootstrap.class.getName());
    static final String AUTHOR = "system";

    static final String INSERT_IF_NEWER = """
            INSERT INTO platform.clock_policy_version
                (code, version, title, legal_source, period, definition, effective_from, created_by, reason)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
            WHERE NOT EXISTS (SELECT 1 FROM platform.clock_policy_version WHERE code = ?10 AND version >= ?11)
            ON CONFLICT DO NOTHING
            """;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @PostConstruct
    void loadDefaults() {
        Properties file = PolicyCatalogue.defaultProperties();
        PolicyCatalogue catalogue = PolicyCatalogue.fromProperties(file);
        Timestamp now = Timestamp.from(Instant.now());
        int inserted = 0;
        for (LegalPolicy policy : catalogue.all()) {
            Map<String, String> attributes = PolicyRegistry.attributesOf(file, policy.code());
            inserted += em.createNativeQuery(INSERT_IF_NEWER)
                    .setParameter(1, policy.code())
                    .setParameter(2, policy.version())
                    .setParameter(3, policy.title())
                    .setParameter(4, policy.legalSource())
                    .setParameter(5, attributes.get("period"))
                    .setParameter(6, PolicyRegistry.definition(attributes))
                    .setParameter(7, now)
                    .setParameter(8, AUTHOR)
                    .setParameter(9, "Default from legal-policies.properties")
                    .setParameter(10, policy.code())
                    .setParameter(11, policy.version())
                    .executeUpdate();
        }
        int loaded = inserted;
        LOG.info(
                () -> "Legal policies: " + catalogue.size() + " in the defaults, " + loaded + " version(s) stored now");
    }
}
