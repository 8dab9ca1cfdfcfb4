package fr.vigie.platform.audit.application;

import fr.vigie.platform.audit.domain.AuditReasonKey;
import fr.vigie.platform.audit.domain.ChainWalker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The audit rows as the hash chain sees them, read with plain JDBC: the verifier walks them all,
 * the redaction checks a case's rows before erasing their reasons, and the backup test walks a
 * restored copy, all with the same columns and the same {@link ChainWalker}.
 */
public final class StoredChain {
    private static final Logger LOG = Logger.getLogger(StoredChain.class.getName());

    /** Every column the walk needs, in the order {@link #entry} reads them. */
    static final String COLUMNS = "id, hash_version, occurred_at, actor, action, module, case_ref, reason, "
            + "reason_digest, redacted_at, changes_json, request_id, previous_hash, hash";

    private static final String ALL_ROWS = "SELECT " + COLUMNS + " FROM platform.audit_entry ORDER BY id";

    private StoredChain() {}

    /**
     * Recomputes the whole chain, streaming rows with a cursor (when the connection is not in
     * auto-commit) so that millions of entries never sit in memory at once.
     */
    public static ChainVerification verify(Connection connection, AuditReasonKey reasonKey) throws SQLException {
        ChainWalker walker = new ChainWalker(reasonKey);
        try (PreparedStatement s = connection.prepareStatement(ALL_ROWS)) {
            s.setFetchSize(5_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ChainWalker.StoredEntry entry = entry(rs);
                    Optional<String> problem = walker.accept(entry);
                    if (problem.isPresent()) {
                        LOG.severe(() -> "Audit chain broken: " + problem.get());
                        return ChainVerification.brokenAt(
                                walker.checked(), walker.reasonsErased(), entry.id(), problem.get());
                    }
                }
            }
        }
        return ChainVerification.intact(walker.checked(), walker.reasonsErased());
    }

    /** The current row of a query selecting {@link #COLUMNS}. */
    static ChainWalker.StoredEntry entry(ResultSet rs) throws SQLException {
        Timestamp redactedAt = rs.getTimestamp(10);
        return new ChainWalker.StoredEntry(
                rs.getLong(1),
                rs.getInt(2),
                rs.getTimestamp(3).toInstant(),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                trimmed(rs.getString(9)),
                redactedAt != null,
                rs.getString(11),
                rs.getString(12),
                trimmed(rs.getString(13)),
                trimmed(rs.getString(14)));
    }

    /** CHAR(64) columns: compare the digits, not a padding. */
    private static String trimmed(String fixedWidth) {
        return fixedWidth == null ? null : fixedWidth.trim();
    }
}
