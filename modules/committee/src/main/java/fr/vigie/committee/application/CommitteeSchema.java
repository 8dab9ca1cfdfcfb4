package fr.vigie.committee.application;

import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Schema {@code committee}, migrated at start-up by the platform from {@code db/migration/committee}. */
@ApplicationScoped
public class CommitteeSchema implements ModuleSchema {
    public static final String NAME = "committee";

    @Override
    public String schema() {
        return NAME;
    }

    @Override
    public int order() {
        return 30;
    }
}
