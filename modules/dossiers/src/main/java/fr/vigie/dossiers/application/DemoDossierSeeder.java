package fr.vigie.dossiers.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks {@link DemoDossiers} for the demo dossiers when the demo profile is on
 * ({@code vigie.demo.enabled}, which only the dev and test configurations set, like the
 * platform's demo accounts), the first time an instructor opens the dossier list. Not at start-up:
 * the platform's clocks may only be started by a signed-in role, and demo clocks are started
 * like real ones. Demo data are a convenience: a failure is logged and the list still opens.
 */
@ApplicationScoped
public class DemoDossierSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDossierSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoDossiers demo;

    private volatile boolean done;

    public void ensureSeeded() {
        if (!enabled || done) {
            return;
        }
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        try {
            demo.seed();
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Demo dossiers could not be created", e);
        }
    }
}
