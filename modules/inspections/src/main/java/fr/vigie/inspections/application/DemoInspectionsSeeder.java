package fr.vigie.inspections.application;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the migrations, the legal policies, the demo accounts and the demo complaints
 * (one of which is referred to inspection), adds the {@link DemoInspections} when the demo profile asks
 * for them ({@code vigie.demo.enabled}, never on in production) and the module holds only what the
 * complaints referred. Runs as a system task. {@code @PermitAll}: only the container calls it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "PolicyBootstrap", "DemoSeeder", "DemoComplaintsSeeder"})
@PermitAll
public class DemoInspectionsSeeder {
    private static final Logger LOG = Logger.getLogger(DemoInspectionsSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoInspections demo;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled) {
            return;
        }
        systemTasks.run("demo inspections", () -> {
            if (!demo.needed()) {
                LOG.info("DEMO PROFILE: inspections already present, no demo inspection added.");
                return;
            }
            int created = 0;
            try {
                demo.targets();
            } catch (DomainException | PersistenceException | TransactionalException | EJBException e) {
                LOG.log(Level.SEVERE, "Demo programme targets could not be set", e);
            }
            for (int story = 0; story < demo.stories(); story++) {
                try {
                    created += demo.play(story).size();
                } catch (DomainException | PersistenceException | TransactionalException | EJBException e) {
                    // Demo data are a convenience: a story that cannot be played is logged, the others go on.
                    LOG.log(Level.SEVERE, "Demo inspection story " + story + " could not be played", e);
                }
            }
            int total = created;
            LOG.warning(
                    () -> "DEMO PROFILE: " + total + " demo inspections created (every stage, this year's programme)."
                            + " Never enable vigie.demo.enabled in production.");
        });
    }
}
