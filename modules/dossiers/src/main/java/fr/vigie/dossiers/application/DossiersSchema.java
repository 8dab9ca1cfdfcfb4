package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Schema {@code dossiers}, migrated at start-up by the platform from {@code db/migration/dossiers}. */
@ApplicationScoped
public class DossiersSchema implements ModuleSchema {
    @Override
    public String schema() {
        return DossiersModule.NAME;
    }

    @Override
    public int order() {
        return 30;
    }
}
