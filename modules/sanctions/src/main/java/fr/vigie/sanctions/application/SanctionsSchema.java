package fr.vigie.sanctions.application;

import fr.vigie.platform.api.migration.ModuleSchema;
import fr.vigie.sanctions.api.SanctionsModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Schema {@code sanctions}, migrated at start-up by the platform from {@code db/migration/sanctions}. */
@ApplicationScoped
public class SanctionsSchema implements ModuleSchema {
    @Override
    public String schema() {
        return SanctionsModule.NAME;
    }

    @Override
    public int order() {
        return 50;
    }
}
