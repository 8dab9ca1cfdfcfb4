package fr.vigie.platform.audit.application;

import fr.vigie.platform.audit.domain.AuditReasonKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit reason key (ADR 10) from the Liberty variable {@value #PROPERTY} (environment
 * {@code VIGIE_AUDIT_REASON_KEY}), read when the application starts. Every audit entry needs it, so
 * a missing or short key stops the start, like a failed migration, rather than the first audited
 * act: better down than unable to record. Keep it in the server's secrets, never in the database,
 * and never change it: the entries already written were hashed with it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
// Read-only once started: no lock between the many writers of the trail.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConfiguredReasonKey {
    static final String PROPERTY = "vigie.audit.reason-key";
    private static final Logger LOG = Logger.getLogger(ConfiguredReasonKey.class.getName());

    /** Absent or empty (MicroProfile Config reads an empty value as absent): the start fails. */
    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> configured;

    private AuditReasonKey key;

    @PostConstruct
    void load() {
        key = fromConfiguration(configured);
        LOG.info("Audit reason key loaded (" + PROPERTY + ")");
    }

    public AuditReasonKey key() {
        return key;
    }

    /** @throws IllegalStateException naming the variable to set, when the value cannot be a key */
    static AuditReasonKey fromConfiguration(Optional<String> value) {
        try {
            return AuditReasonKey.of(value.orElse(null));
        } catch (IllegalArgumentException unusable) {
            throw new IllegalStateException(
                    unusable.getMessage() + ": set the Liberty variable " + PROPERTY
                            + " (environment VIGIE_AUDIT_REASON_KEY) to a secret of at least "
                            + AuditReasonKey.MIN_LENGTH + " characters from the server's secrets."
                            + " Every audit entry's reason is digested with it (docs/adr/0010).",
                    unusable);
        }
    }
}
