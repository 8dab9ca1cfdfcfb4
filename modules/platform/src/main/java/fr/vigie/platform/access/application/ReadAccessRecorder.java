package fr.vigie.platform.access.application;

import fr.vigie.platform.access.domain.VolumeThreshold;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.http.RequestIds;
import fr.vigie.platform.security.infrastructure.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes read-access entries: one SQL statement inserts the entry and counts the reader's reads of
 * the last hour (an index range scan on {@code (actor, occurred_at)}), so that the usual read costs
 * one round trip; only a read past the threshold goes on to {@link VolumeAlerts}.
 *
 * <p>Own transaction ({@code REQUIRES_NEW}, ADR 8): the read has happened whatever becomes of the
 * caller's transaction, so its record must not be rolled back with it; a failure to write throws
 * to the caller, which then shows nothing (fail closed, never lost silently).
 */
@ApplicationScoped
public class ReadAccessRecorder implements ReadAccessLog {
    static final int DETAIL_LENGTH = 300;
    /** The one statement a read costs (public so that the benchmark times this very SQL). */
    public static final String INSERT_AND_COUNT = """
            WITH inserted AS (
                INSERT INTO platform.read_access
                    (occurred_at, actor, kind, module, case_ref, detail, client_address, request_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id)
            SELECT (SELECT id FROM inserted), count(*)
            FROM platform.read_access
            WHERE actor = ? AND occurred_at > ?""";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Inject
    AccessLogSettings settings;

    @Inject
    VolumeAlerts alerts;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRead(CaseRef caseRef, ReadKind kind, String detail) {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(kind, "kind");
        record(kind, caseRef.module(), caseRef.toString(), detail);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordExport(String module, String detail) {
        Objects.requireNonNull(module, "module");
        record(ReadKind.EXPORT, module, null, detail);
    }

    private void record(ReadKind kind, String module, String caseRef, String detail) {
        VolumeThreshold threshold = settings.threshold();
        Instant now = clock.instant();
        String actor = currentUser.username();
        long readsInLastHour;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT_AND_COUNT)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setString(2, actor);
            statement.setString(3, kind.name());
            statement.setString(4, module);
            statement.setString(5, caseRef);
            statement.setString(6, cut(detail));
            statement.setString(
                    7,
                    origin.clientAddress().map(ReadAccessRecorder::cutAddress).orElse(null));
            statement.setString(8, RequestIds.current());
            statement.setString(9, actor);
            statement.setTimestamp(10, Timestamp.from(threshold.countFrom(now)));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                // The statement's snapshot does not see the row it inserts: count it here.
                readsInLastHour = result.getLong(2) + 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The read-access log could not record a read: " + e.getMessage(), e);
        }
        if (threshold.exceededBy(readsInLastHour)) {
            alerts.raise(actor, now, readsInLastHour, threshold);
        }
    }

    static String cut(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String trimmed = detail.strip();
        return trimmed.length() <= DETAIL_LENGTH ? trimmed : trimmed.substring(0, DETAIL_LENGTH);
    }

    private static String cutAddress(String address) {
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
