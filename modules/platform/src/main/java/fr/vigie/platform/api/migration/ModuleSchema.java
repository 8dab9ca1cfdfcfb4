package fr.vigie.platform.api.migration;

/**
 * A module's PostgreSQL schema and where its Flyway migrations are ({@code db/migration/<schema>}
 * on the module's class path). Each module publishes one as an application-scoped CDI bean;
 * the platform migrates them all at start-up, platform first, then by {@link #order()}.
 */
public interface ModuleSchema {
    String schema();

    default String migrationLocation() {
        return "db/migration/" + schema();
    }

    /** Lower runs first. The platform uses 0. */
    default int order() {
        return 100;
    }

    /** The class loader that sees the module's migration scripts. */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }
}
