package fr.vigie.crossborder.application;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the complaints module's demo data (its cross-border demo complaint opens a case
 * here), adds the {@link DemoCrossBorderCases} when the demo profile asks for them ({@code
 * vigie.demo.enabled}, never on in production) and they are not there yet. A system task, like the
 * other modules' demo data: the audit trail records the system as the author. {@code @PermitAll}: no
 * business method; only the container calls it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "PolicyBootstrap", "DemoSeeder", "DemoComplaintsSeeder"})
@PermitAll
public class CrossBorderDemoData {
    private static final Logger LOG = Logger.getLogger(CrossBorderDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoCrossBorderCases demo;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled) {
            return;
        }
        systemTasks.run("demo cross-border cases", () -> {
            if (!demo.needed()) {
                LOG.info("DEMO PROFILE: cross-border cases already present, none added.");
                return;
            }
            int played = 0;
            for (Supplier<Optional<String>> story : demo.stories()) {
                try {
                    played += demo.play(story).isPresent() ? 1 : 0;
                } catch (DomainException | PersistenceException | TransactionalException | EJBException e) {
                    // Demo data are a convenience: a story that cannot be played is logged, the others go on.
                    LOG.log(Level.SEVERE, "Demo cross-border story could not be played", e);
                }
            }
            int total = played;
            LOG.warning(() -> "DEMO PROFILE: " + total + " demo cross-border cases added or taken further."
                    + " Never enable vigie.demo.enabled in production.");
        });
    }
}
