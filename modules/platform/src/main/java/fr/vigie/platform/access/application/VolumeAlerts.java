package fr.vigie.platform.access.application;

import fr.vigie.platform.access.domain.VolumeThreshold;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Raises the unusual-volume alert: at most one per person and clock hour, whichever server or
 * request crosses the line first (the alert table's unique key decides), recorded in the audit
 * trail by the system and announced to every active auditor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VolumeAlerts {
    static final String MODULE = "platform";
    static final String ACTION = "READ_VOLUME_ALERT";
    /** Key of the notification in the platform's messages bundle. */
    static final String NOTIFICATION_KEY = "accessLog.alert.notification";

    static final String SCREEN = "/audit/access-log.xhtml";
    private static final Logger LOG = Logger.getLogger(VolumeAlerts.class.getName());

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    SystemTasks systemTasks;

    /** Raises the alert for {@code actor}'s window unless one was raised in it already. */
    public void raise(String actor, Instant at, long readsInLastHour, VolumeThreshold threshold) {
        if (!firstInWindow(actor, at, readsInLastHour, threshold)) {
            return;
        }
        LOG.warning(() -> "Read volume alert: " + actor + " read " + readsInLastHour + " files in an hour (threshold "
                + threshold.readsPerHour() + ")");
        systemTasks.run("read volume alert", () -> {
            audit.record(AuditRecord.of(MODULE, ACTION)
                    .because(actor + " read " + readsInLastHour + " files in the last hour, more than the threshold of "
                            + threshold.readsPerHour())
                    .changed("reader", null, actor)
                    .changed("readsInLastHour", null, readsInLastHour)
                    .changed("threshold", null, threshold.readsPerHour())
                    .build());
            for (String auditor : activeAuditors()) {
                notifier.notify(
                        auditor,
                        NOTIFICATION_KEY,
                        null,
                        SCREEN,
                        actor,
                        String.valueOf(readsInLastHour),
                        String.valueOf(threshold.readsPerHour()));
            }
        });
    }

    private boolean firstInWindow(String actor, Instant at, long reads, VolumeThreshold threshold) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO platform.read_access_alert (actor, window_start, raised_at, reads_in_hour, threshold)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (actor, window_start) DO NOTHING")) {
            insert.setString(1, actor);
            insert.setTimestamp(2, Timestamp.from(threshold.window(at)));
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setInt(4, (int) Math.min(Integer.MAX_VALUE, reads));
            insert.setInt(5, threshold.readsPerHour());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("The read volume alert could not be recorded: " + e.getMessage(), e);
        }
    }

    private List<String> activeAuditors() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT a.username FROM platform.user_account a JOIN platform.user_role r ON r.user_id = a.id"
                                + " WHERE r.role = ? AND a.active ORDER BY a.username")) {
            select.setString(1, Role.AUDITOR.name());
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("The auditors could not be listed: " + e.getMessage(), e);
        }
    }
}
