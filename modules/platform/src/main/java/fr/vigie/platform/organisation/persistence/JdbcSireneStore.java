package fr.vigie.platform.organisation.persistence;

import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.organisation.application.SireneBatchWriter;
import fr.vigie.platform.organisation.application.SireneStore;
import fr.vigie.platform.organisation.application.SireneUnit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** {@link SireneUpsert} on the application's data source, in the caller's transaction. */
@ApplicationScoped
public class JdbcSireneStore implements SireneStore {
    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Override
    public SireneBatchWriter.Written write(List<SireneUnit> batch, Stamp stamp) {
        try (Connection c = dataSource.getConnection()) {
            return SireneUpsert.write(c, batch, stamp);
        } catch (SQLException e) {
            throw new IllegalStateException("No connection for the SIRENE import", e);
        }
    }
}
