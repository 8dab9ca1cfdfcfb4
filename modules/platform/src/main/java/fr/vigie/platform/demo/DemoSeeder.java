package fr.vigie.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After the migrations, creates the demo accounts when the profile asks for them. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoSeeder {
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "vigie.demo.password", defaultValue = "Vigie-Demo-2026!")
    private String password;

    @Inject
    private DemoAccounts demoAccounts;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        int created = demoAccounts.ensure(password);
        LOG.warning(() -> "DEMO PROFILE: demo accounts enabled (" + created
                + " created now). Never enable vigie.demo.enabled in production.");
    }
}
