package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Schema {@code inspections}, migrated at start-up by the platform from {@code db/migration/inspections},
 * after complaints (10), before the modules reading it (reporting, 900).
 */
@ApplicationScoped
public class InspectionsSchema implements ModuleSchema {
    @Override
    public String schema() {
        return InspectionsModule.NAME;
    }

    @Override
    public int order() {
        return 20;
    }
}
