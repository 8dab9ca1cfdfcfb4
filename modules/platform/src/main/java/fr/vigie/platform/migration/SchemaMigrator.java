package fr.vigie.platform.migration;

import fr.vigie.platform.api.migration.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every module's schema up to date before anything else touches the database. Runs with
 * the owner's connection (jdbc/vigieMigration) so that the application's own role never needs
 * DDL rights. A failed migration stops the application from starting: better down than wrong.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/vigieMigration")
    private DataSource ownerDataSource;

    @Inject
    @Any
    private Instance<ModuleSchema> schemas;

    @Inject
    @ConfigProperty(name = "vigie.db.user", defaultValue = "vigie_app")
    private String applicationRole;

    @PostConstruct
    void migrateAll() {
        List<ModuleSchema> ordered = schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::schema))
                .toList();
        for (ModuleSchema schema : ordered) {
            migrate(schema);
        }
    }

    private void migrate(ModuleSchema schema) {
        MigrateResult result = Flyway.configure(schema.classLoader())
                .dataSource(ownerDataSource)
                .schemas(schema.schema())
                .createSchemas(true)
                .resourceProvider(new PackagedMigrations(schema))
                // No Java migrations and no callbacks: nothing for Flyway's scanner to look for.
                .javaMigrationClassProvider(List::of)
                .callbackLocations(new String[0])
                .placeholders(Map.of("app_role", quoteIdentifier(applicationRole)))
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Schema " + schema.schema() + " is up to date"
                : "Schema " + schema.schema() + ": " + result.migrationsExecuted
                        + " migration(s) applied, now at version " + result.targetSchemaVersion);
    }

    /** The role name comes from configuration: quote it so that it can only ever be a name. */
    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
