package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.audit.domain.ChainWalker;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Recomputes the whole chain, streaming rows from PostgreSQL with a cursor so that millions of
 * entries never sit in memory at once.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditChainVerifier {
    private static final Logger LOG = Logger.getLogger(AuditChainVerifier.class.getName());
    private static final String ROWS = "SELECT id, occurred_at, actor, action, module, case_ref, reason, changes_json, "
            + "request_id, previous_hash, hash FROM platform.audit_entry ORDER BY id";

    @Resource(lookup = "jdbc/vigie")
    private DataSource dataSource;

    public ChainVerification verify() {
        ChainWalker walker = new ChainWalker();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(ROWS)) {
            s.setFetchSize(5_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Optional<String> problem = walker.accept(new ChainWalker.StoredEntry(
                            id,
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10).trim(),
                            rs.getString(11).trim()));
                    if (problem.isPresent()) {
                        LOG.severe(() -> "Audit chain broken: " + problem.get());
                        return ChainVerification.brokenAt(walker.checked(), id, problem.get());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
        return ChainVerification.intact(walker.checked());
    }
}
