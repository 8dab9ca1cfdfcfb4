package fr.vigie.platform.audit.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRedactionRefused;
import fr.vigie.platform.audit.domain.AuditHash;
import fr.vigie.platform.audit.domain.AuditReasonKey;
import fr.vigie.platform.audit.domain.ChainWalker;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The erasure of audit reasons (ADR 10) on a connection of the caller's transaction: three
 * statements whatever the number of cases. Refuses version-1 entries; reads the cases' unredacted
 * version-2 entries that have a reason; checks that each still matches its hash (an entry altered
 * behind the application's back must not have its alteration covered by the erasure); then hands
 * the entries and their digests, computed here with the server's key, to the database's
 * {@code redact_audit_reasons}, the only way the application can change an audit row.
 *
 * <p>Plain JDBC, so that the integration test runs exactly this as the application's role.
 */
public final class ReasonRedactor {
    private static final Logger LOG = Logger.getLogger(ReasonRedactor.class.getName());
    static final int MAX_REF_LENGTH = 200;

    private static final String VERSION_1_REASONS = "SELECT count(*), min(id) FROM platform.audit_entry"
            + " WHERE case_ref = ANY (?) AND hash_version = " + AuditHash.VERSION_1 + " AND reason IS NOT NULL";
    private static final String ERASABLE = "SELECT " + StoredChain.COLUMNS + " FROM platform.audit_entry"
            + " WHERE case_ref = ANY (?) AND hash_version = " + AuditHash.VERSION_2
            + " AND redacted_at IS NULL AND reason IS NOT NULL ORDER BY id";
    private static final String REDACT = "SELECT platform.redact_audit_reasons(?, ?, ?)";

    private final AuditReasonKey key;

    public ReasonRedactor(AuditReasonKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * Erases the reasons of the cases' entries, in the connection's current transaction (nothing is
     * committed here).
     *
     * @return how many reasons were erased
     * @throws AuditRedactionRefused when an entry was altered or is of hash version 1
     * @throws IllegalArgumentException when a case is not the module's or the reference is unusable
     */
    public int redact(Connection connection, String module, Collection<String> caseRefs, String redactionRef)
            throws SQLException {
        List<String> cases = casesOf(module, caseRefs);
        requireReference(redactionRef);
        if (cases.isEmpty()) {
            return 0;
        }
        Array caseArray = connection.createArrayOf("varchar", cases.toArray());
        try {
            refuseVersion1(connection, caseArray);
            List<Long> ids = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            erasable(connection, caseArray, ids, digests);
            return ids.isEmpty() ? 0 : erase(connection, ids, digests, redactionRef);
        } finally {
            caseArray.free();
        }
    }

    private static void refuseVersion1(Connection connection, Array cases) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(VERSION_1_REASONS)) {
            s.setArray(1, cases);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                if (count > 0) {
                    throw AuditRedactionRefused.version1(count, rs.getLong(2));
                }
            }
        }
    }

    /** Collects the entries to erase and their digests, refusing at the first one that was altered. */
    private void erasable(Connection connection, Array cases, List<Long> ids, List<String> digests)
            throws SQLException {
        ChainWalker chain = new ChainWalker(key);
        try (PreparedStatement s = connection.prepareStatement(ERASABLE)) {
            s.setArray(1, cases);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ChainWalker.StoredEntry entry = StoredChain.entry(rs);
                    if (!chain.recompute(entry).orElseThrow().equals(entry.hash())) {
                        LOG.severe(() -> "Audit entry " + entry.id() + " no longer matches its hash:"
                                + " the erasure of its case's reasons is refused");
                        throw AuditRedactionRefused.altered(entry.id(), entry.caseRef());
                    }
                    ids.add(entry.id());
                    digests.add(key.digest(entry.reason()));
                }
            }
        }
    }

    private static int erase(Connection connection, List<Long> ids, List<String> digests, String redactionRef)
            throws SQLException {
        Array idArray = connection.createArrayOf("bigint", ids.toArray());
        Array digestArray = connection.createArrayOf("text", digests.toArray());
        try (PreparedStatement s = connection.prepareStatement(REDACT)) {
            s.setArray(1, idArray);
            s.setArray(2, digestArray);
            s.setString(3, redactionRef.strip());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } finally {
            idArray.free();
            digestArray.free();
        }
    }

    /** The cases as the trail names them ({@code module:reference}), each the module's own, once each. */
    static List<String> casesOf(String module, Collection<String> caseRefs) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(caseRefs, "caseRefs");
        Set<String> cases = new LinkedHashSet<>();
        for (String text : caseRefs) {
            CaseRef ref = CaseRef.parse(text);
            if (!ref.module().equals(module)) {
                throw new IllegalArgumentException(
                        "Case " + ref + " is not a case of module " + module + ": its reasons are not its to erase");
            }
            cases.add(ref.toString());
        }
        return List.copyOf(cases);
    }

    static void requireReference(String redactionRef) {
        if (redactionRef == null
                || redactionRef.isBlank()
                || redactionRef.strip().length() > MAX_REF_LENGTH) {
            throw new IllegalArgumentException(
                    "An erasure of audit reasons names its reference (1 to " + MAX_REF_LENGTH + " characters)");
        }
    }
}
