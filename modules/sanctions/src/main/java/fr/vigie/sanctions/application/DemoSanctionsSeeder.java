package fr.vigie.sanctions.application;

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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, adds the {@link DemoSanctions} when the demo profile asks for them
 * ({@code vigie.demo.enabled}, set only by the dev and test configurations) and the module holds
 * nothing yet. Runs as a system task so that the platform's clocks accept it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "PolicyBootstrap", "DemoSeeder"})
@PermitAll
public class DemoSanctionsSeeder {
    private static final Logger LOG = Logger.getLogger(DemoSanctionsSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoSanctions demo;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled) {
            return;
        }
        systemTasks.run("demo sanctions", () -> {
            try {
                if (!demo.needed()) {
                    return;
                }
                List<String> created = demo.seed();
                LOG.warning(() -> "DEMO PROFILE: demo sanctions created " + created
                        + ". Never enable vigie.demo.enabled in production.");
            } catch (DomainException | PersistenceException | EJBException e) {
                // Demo data are a convenience: the application starts without them.
                LOG.log(Level.SEVERE, "Demo sanctions could not be created", e);
            }
        });
    }
}
