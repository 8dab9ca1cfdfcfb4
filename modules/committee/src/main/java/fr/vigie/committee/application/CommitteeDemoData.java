package fr.vigie.committee.application;

import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the migrations, puts a demo committee in place when the demo profile asks for it (the same
 * switch as the platform's demo accounts, {@code vigie.demo.enabled}, never on in production).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class CommitteeDemoData {
    private static final Logger LOG = Logger.getLogger(CommitteeDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoCommittee demo;

    /** As the other modules' demo data: a referral enrols the applicant, which only staff and system tasks do. */
    @Inject
    SystemTasks systemTasks;

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        boolean created = systemTasks.call("demo committee", demo::ensure);
        LOG.warning(() -> "DEMO PROFILE: demo committee " + (created ? "created" : "already present")
                + " (roster, referred dossiers, a session, a declared interest).");
    }
}
