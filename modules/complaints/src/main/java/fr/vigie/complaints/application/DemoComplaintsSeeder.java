package fr.vigie.complaints.application;

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
 * At start-up, after the migrations, the legal policies and the demo accounts, adds the {@link DemoComplaints} when the
 * demo profile asks for them ({@code vigie.demo.enabled}, never on in production) and the module
 * holds no complaint yet (a restart adds nothing). It runs as a system task, so that the platform's
 * legal clocks, documents and audit trail accept it and record the system as the author.
 * {@code @PermitAll}: it has no business method; only the container calls it, at start-up.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "PolicyBootstrap", "DemoSeeder"})
@PermitAll
public class DemoComplaintsSeeder {
    private static final Logger LOG = Logger.getLogger(DemoComplaintsSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoComplaints demo;

    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled) {
            return;
        }
        systemTasks.run("demo complaints", () -> {
            if (!demo.needed()) {
                LOG.info("DEMO PROFILE: complaints already present, no demo complaint added.");
                return;
            }
            int created = 0;
            for (int story = 0; story < demo.stories(); story++) {
                try {
                    created += demo.play(story).size();
                } catch (DomainException | PersistenceException | TransactionalException | EJBException e) {
                    // Demo data are a convenience: a story that cannot be played is logged, the others go on
                    // and the application starts.
                    LOG.log(Level.SEVERE, "Demo complaint story " + story + " could not be played", e);
                }
            }
            int total = created;
            LOG.warning(() -> "DEMO PROFILE: " + total + " demo complaints created (every stage, a campaign, clocks at"
                    + " risk and breached). Never enable vigie.demo.enabled in production.");
        });
    }
}
