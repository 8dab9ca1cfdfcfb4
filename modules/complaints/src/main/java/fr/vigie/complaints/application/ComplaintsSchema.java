package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Schema {@code complaints}, migrated at start-up by the platform from {@code db/migration/complaints}. */
@ApplicationScoped
public class ComplaintsSchema implements ModuleSchema {
    @Override
    public String schema() {
        return ComplaintsModule.NAME;
    }

    @Override
    public int order() {
        return 10;
    }
}
