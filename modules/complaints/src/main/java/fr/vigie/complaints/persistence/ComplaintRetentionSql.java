package fr.vigie.complaints.persistence;

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
 * The retention schedule's statements on complaints, in plain JDBC so that the benchmark runs exactly
 * these. A complaint is due for a step when it is closed with the line's outcome before the cutoff,
 * has not had the step yet, is not under a legal hold, and is not confirmed as linked to a complaint
 * still open (a linked open case holds it: the two are handled together). Rows another transaction
 * holds are skipped, not waited for.
 *
 * <p>Pseudonymising replaces the complainant's name, e-mail and postal address, the facts and every
 * free text staff wrote on the complaint (timeline reasons, questions and answers, letter summaries,
 * link reasons, the priority override's reason); the organisation, dates, categories, outcome and
 * figures stay, so the reports still count the complaint. Deleting the file does the same (if not
 * done yet); the platform then deletes the complaint's documents (attachments and letters).
 */
public final class ComplaintRetentionSql {
    /** What replaces the complainant's name: French, the authority's language, like the rest of the file. */
    public static final String PSEUDONYM = "Plaignant pseudonymisé";

    /** The same text as {@code erase_timeline_reasons} writes (migration V9). */
    public static final String ERASED_TEXT = "Texte effacé (durée de conservation échue)";

    private static final String DUE = " FROM complaints.complaint c"
            + " WHERE c.status = 'CLOSED' AND c.outcome = ? AND c.closed_on < ?"
            + " AND NOT (c.reference = ANY(?))"
            + " AND NOT EXISTS (SELECT 1 FROM complaints.complaint_link l JOIN complaints.complaint o ON o.id = l.second_id"
            + "   WHERE l.first_id = c.id AND l.status = 'CONFIRMED' AND o.status <> 'CLOSED')"
            + " AND NOT EXISTS (SELECT 1 FROM complaints.complaint_link l JOIN complaints.complaint o ON o.id = l.first_id"
            + "   WHERE l.second_id = c.id AND l.status = 'CONFIRMED' AND o.status <> 'CLOSED')";

    private ComplaintRetentionSql() {}

    private static String notDone(RetentionStep step) {
        return step == RetentionStep.PSEUDONYMISE
                ? " AND c.pseudonymised_on IS NULL"
                : " AND c.file_deleted_on IS NULL";
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

    /** Applies the step to at most {@code limit} due complaints; returns their references. */
    public static List<String> apply(
            Connection c, RetentionStep step, RetentionSelection selection, LocalDate today, int limit)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.id, c.reference" + DUE + notDone(step)
                + " ORDER BY c.closed_on, c.id LIMIT ? FOR UPDATE OF c SKIP LOCKED")) {
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

    /** Pseudonymises these complaints, and deletes their files when {@code step} says so. */
    public static void erase(Connection c, List<Long> ids, RetentionStep step, LocalDate today) throws SQLException {
        Array idArray = c.createArrayOf("bigint", ids.toArray());
        Date day = Date.valueOf(today);
        update(
                c,
                "UPDATE complaints.complaint SET complainant_name = ?, complainant_email = NULL, "
                        + "complainant_address = NULL, facts = ?, "
                        + "priority_override_reason = CASE WHEN priority_override_reason IS NULL THEN NULL ELSE ? END, "
                        + "pseudonymised_on = COALESCE(pseudonymised_on, ?), "
                        + "file_deleted_on = CASE WHEN ? THEN COALESCE(file_deleted_on, ?) ELSE file_deleted_on END, "
                        + "version = version + 1 WHERE id = ANY(?)",
                PSEUDONYM,
                ERASED_TEXT,
                ERASED_TEXT,
                day,
                step == RetentionStep.DELETE_FILE,
                day,
                idArray);
        // The timeline is append-only for the application; the schema's own function erases its reasons.
        try (PreparedStatement s = c.prepareStatement("SELECT complaints.erase_timeline_reasons(?)")) {
            s.setArray(1, idArray);
            s.executeQuery().close();
        }
        update(
                c,
                "UPDATE complaints.information_request SET questions = ?, "
                        + "answer_summary = CASE WHEN answer_summary IS NULL THEN NULL ELSE ? END WHERE complaint_id = ANY(?)",
                ERASED_TEXT,
                ERASED_TEXT,
                idArray);
        update(
                c,
                "UPDATE complaints.complaint_link SET reason = ? WHERE (first_id = ANY(?) OR second_id = ANY(?)) "
                        + "AND reason IS NOT NULL",
                ERASED_TEXT,
                idArray,
                idArray);
        // A letter keeps its document's id (the letter was sent); the platform deletes the document itself.
        update(
                c,
                "UPDATE complaints.letter SET summary = ? WHERE complaint_id = ANY(?) AND summary IS NOT NULL",
                ERASED_TEXT,
                idArray);
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
