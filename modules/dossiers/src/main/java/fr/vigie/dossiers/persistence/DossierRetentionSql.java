package fr.vigie.dossiers.persistence;

import fr.vigie.platform.api.retention.RetentionSelection;
import fr.vigie.platform.api.retention.RetentionStep;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention schedule's statements on research dossiers. A dossier is due when it ended (closed,
 * refused or withdrawn: its final state is the schedule line's outcome) before the cutoff, has not
 * had the step yet and is not under a legal hold. Pseudonymising replaces the principal investigator,
 * the people named in the application and the free text of its history; the project, the decision
 * and its dates stay, as the public register and the reports need them. Deleting the file also
 * forgets its attachments and permit document, which the platform deletes.
 */
public final class DossierRetentionSql {
    public static final String PSEUDONYM = "Personne pseudonymisée";

    private static final String DUE =
            " FROM dossiers.dossier d WHERE d.status = ? AND d.closed_on < ?" + " AND NOT (d.reference = ANY(?))";

    private DossierRetentionSql() {}

    private static String notDone(RetentionStep step) {
        return step == RetentionStep.PSEUDONYMISE
                ? " AND d.pseudonymised_on IS NULL"
                : " AND d.file_deleted_on IS NULL";
    }

    public static long countDue(Connection c, RetentionStep step, RetentionSelection selection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*)" + DUE + notDone(step))) {
            bindDue(c, s, selection);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static List<String> apply(
            Connection c, RetentionStep step, RetentionSelection selection, LocalDate today, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.reference" + DUE + notDone(step)
                + " ORDER BY d.closed_on, d.id LIMIT ? FOR UPDATE OF d SKIP LOCKED")) {
            bindDue(c, s, selection);
            s.setInt(4, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    references.add(rs.getString(2));
                }
            }
        }
        if (!ids.isEmpty()) {
            erase(c, ids, step, today);
        }
        return references;
    }

    public static void erase(Connection c, List<Long> ids, RetentionStep step, LocalDate today) throws SQLException {
        Array idArray = c.createArrayOf("bigint", ids.toArray());
        Date day = Date.valueOf(today);
        boolean deleteFile = step == RetentionStep.DELETE_FILE;
        update(
                c,
                "UPDATE dossiers.dossier SET "
                        + "principal_investigator = CASE WHEN principal_investigator IS NULL THEN NULL ELSE ? END, "
                        + "pseudonymised_on = COALESCE(pseudonymised_on, ?), "
                        + "file_deleted_on = CASE WHEN ? THEN COALESCE(file_deleted_on, ?) ELSE file_deleted_on END, "
                        + "permit_document = CASE WHEN ? THEN NULL ELSE permit_document END, "
                        + "version = version + 1 WHERE id = ANY(?)",
                PSEUDONYM,
                day,
                deleteFile,
                day,
                deleteFile,
                idArray);
        update(c, "UPDATE dossiers.named_person SET name = ? WHERE dossier_id = ANY(?)", PSEUDONYM, idArray);
        // The history is append-only for the application; the schema's own function erases its reasons.
        try (PreparedStatement s = c.prepareStatement("SELECT dossiers.erase_event_reasons(?)")) {
            s.setArray(1, idArray);
            s.executeQuery().close();
        }
        if (deleteFile) {
            update(c, "DELETE FROM dossiers.attachment WHERE dossier_id = ANY(?)", idArray);
        }
    }

    private static void bindDue(Connection c, PreparedStatement s, RetentionSelection selection) throws SQLException {
        s.setString(1, selection.outcome());
        s.setDate(2, Date.valueOf(selection.closedBefore()));
        s.setArray(3, c.createArrayOf("varchar", selection.heldReferences().toArray()));
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
