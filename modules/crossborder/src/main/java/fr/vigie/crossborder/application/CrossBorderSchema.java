package fr.vigie.crossborder.application;

import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Schema {@code crossborder}, migrated at start-up by the platform from {@code db/migration/crossborder}
 * (its own Flyway history table, like every module), after complaints (10), before reporting (900).
 */
@ApplicationScoped
public class CrossBorderSchema implements ModuleSchema {
    @Override
    public String schema() {
        return CrossBorderModule.NAME;
    }

    @Override
    public int order() {
        return 60;
    }
}
