package fr.vigie.reporting.application;

import fr.vigie.platform.api.migration.ModuleSchema;
import fr.vigie.reporting.api.ReportingModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Schema {@code reporting}, migrated at start-up from {@code db/migration/reporting}. Runs after the
 * business modules, whose published views its snapshot reads.
 */
@ApplicationScoped
public class ReportingSchema implements ModuleSchema {
    @Override
    public String schema() {
        return ReportingModule.NAME;
    }

    @Override
    public int order() {
        return 900;
    }
}
