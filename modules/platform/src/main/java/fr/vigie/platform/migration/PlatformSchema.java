package fr.vigie.platform.migration;

import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The platform's own schema: users, audit trail, documents, notifications, clocks. */
@ApplicationScoped
public class PlatformSchema implements ModuleSchema {
    public static final String NAME = "platform";

    @Override
    public String schema() {
        return NAME;
    }

    @Override
    public int order() {
        return 0;
    }
}
