package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.retention.domain.LegalHold;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The schedule's changed lines, the legal holds and the runs, in the platform's tables. Plain JDBC
 * in the caller's transaction; a line or a hold changed by someone else since it was read is a
 * {@link ConflictException} (the version is part of every update's condition).
 */
@ApplicationScoped
public class RetentionStore {
    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    /** The lines changed from the modules' defaults, by module, case type and outcome. */
    public Map<List<String>, RetentionRule> storedRules() {
        Map<List<String>, RetentionRule> rules = new HashMap<>();
        query(
                "SELECT module, case_type, outcome, pseudonymise_after_months, delete_file_after_months, version, "
                        + "changed_by FROM platform.retention_rule",
                List.of(),
                rs -> {
                    RetentionRule rule = new RetentionRule(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getLong(6) + 1,
                            rs.getString(7));
                    rules.put(List.of(rule.module(), rule.caseType(), rule.outcome()), rule);
                });
        return rules;
    }

    /** Writes a revised line: the first change inserts it, later ones update the version read. */
    public void save(RetentionRule revised, Instant at) {
        int updated;
        if (revised.version() == 1) {
            updated = update(
                    "INSERT INTO platform.retention_rule (module, case_type, outcome, pseudonymise_after_months, "
                            + "delete_file_after_months, changed_by, changed_at, version) VALUES (?,?,?,?,?,?,?,0) "
                            + "ON CONFLICT DO NOTHING",
                    revised.module(),
                    revised.caseType(),
                    revised.outcome(),
                    revised.pseudonymiseAfterMonths(),
                    revised.deleteFileAfterMonths(),
                    revised.changedBy(),
                    Timestamp.from(at));
        } else {
            updated = update(
                    "UPDATE platform.retention_rule SET pseudonymise_after_months = ?, delete_file_after_months = ?, "
                            + "changed_by = ?, changed_at = ?, version = version + 1 "
                            + "WHERE module = ? AND case_type = ? AND outcome = ? AND version = ?",
                    revised.pseudonymiseAfterMonths(),
                    revised.deleteFileAfterMonths(),
                    revised.changedBy(),
                    Timestamp.from(at),
                    revised.module(),
                    revised.caseType(),
                    revised.outcome(),
                    revised.version() - 2);
        }
        if (updated != 1) {
            throw new ConflictException(revised.caseType() + " / " + revised.outcome());
        }
    }

    public List<LegalHold> activeHolds() {
        return holds("WHERE released_at IS NULL ORDER BY placed_at DESC, id DESC", List.of());
    }

    public List<LegalHold> holdsOf(CaseRef caseRef) {
        return holds("WHERE case_ref = ? ORDER BY placed_at DESC, id DESC", List.of(caseRef.toString()));
    }

    public Optional<LegalHold> hold(long id) {
        return holds("WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** The module's references (without prefix) under an active hold. */
    public Set<String> heldReferences(String module) {
        Set<String> held = new HashSet<>();
        query(
                "SELECT case_ref FROM platform.legal_hold WHERE module = ? AND released_at IS NULL",
                List.of(module),
                rs -> held.add(CaseRef.parse(rs.getString(1)).reference()));
        return held;
    }

    /** @return whether a hold was written (false: that kind was already active on the case) */
    public boolean place(CaseRef caseRef, LegalHolds.Kind kind, String reason, String by, Instant at) {
        return update(
                        "INSERT INTO platform.legal_hold (module, case_ref, kind, reason, placed_by, placed_at) "
                                + "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                        caseRef.module(),
                        caseRef.toString(),
                        kind.name(),
                        reason,
                        by,
                        Timestamp.from(at))
                == 1;
    }

    public void release(long id, long expectedVersion, String reason, String by, Instant at) {
        int updated = update(
                "UPDATE platform.legal_hold SET released_by = ?, released_at = ?, release_reason = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ? AND released_at IS NULL",
                by,
                Timestamp.from(at),
                reason,
                id,
                expectedVersion);
        if (updated != 1) {
            throw new ConflictException(String.valueOf(id));
        }
    }

    /** Releases the active holds of a kind on a case; returns how many. */
    public int releaseAll(CaseRef caseRef, LegalHolds.Kind kind, String reason, String by, Instant at) {
        return update(
                "UPDATE platform.legal_hold SET released_by = ?, released_at = ?, release_reason = ?, "
                        + "version = version + 1 WHERE case_ref = ? AND kind = ? AND released_at IS NULL",
                by,
                Timestamp.from(at),
                reason,
                caseRef.toString(),
                kind.name());
    }

    /** Deletes the stored documents of these cases ({@code module:reference}); returns how many. */
    public int deleteDocuments(List<String> caseRefs) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM platform.document WHERE case_ref = ANY(?)")) {
            s.setArray(1, c.createArrayOf("varchar", caseRefs.toArray()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: could not delete documents: " + e.getMessage(), e);
        }
    }

    /** The latest runs, newest first. */
    public List<RetentionRunView> runs(int limit) {
        List<RetentionRunView> runs = new ArrayList<>();
        query(
                "SELECT id, started_at, finished_at, requested_by, outcome, pseudonymised, files_deleted, "
                        + "documents_deleted, batches, detail FROM platform.retention_run "
                        + "ORDER BY started_at DESC, id DESC LIMIT ?",
                List.of(limit),
                rs -> runs.add(new RetentionRunView(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getString(10))));
        return runs;
    }

    private List<LegalHold> holds(String condition, List<Object> params) {
        List<LegalHold> holds = new ArrayList<>();
        query(
                "SELECT id, case_ref, kind, reason, placed_by, placed_at, released_by, released_at, release_reason, "
                        + "version FROM platform.legal_hold " + condition,
                params,
                rs -> holds.add(new LegalHold(
                        rs.getLong(1),
                        CaseRef.parse(rs.getString(2)),
                        LegalHolds.Kind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        rs.getString(9),
                        rs.getLong(10))));
        return holds;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Retention schedule: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Retention schedule: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
