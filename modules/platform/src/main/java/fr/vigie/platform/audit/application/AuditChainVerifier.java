package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Recomputes the whole chain for the auditor (see {@link StoredChain}). */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR})
public class AuditChainVerifier {
    @Resource(lookup = "jdbc/vigie")
    private DataSource dataSource;

    @Inject
    private ConfiguredReasonKey reasonKey;

    public ChainVerification verify() {
        try (Connection c = dataSource.getConnection()) {
            return StoredChain.verify(c, reasonKey.key());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }
}
