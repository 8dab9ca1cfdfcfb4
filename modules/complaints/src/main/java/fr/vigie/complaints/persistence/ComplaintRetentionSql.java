package fr.vigie.complaints.persistence;

import fr.vigie.platform.api.retention.DueCases;
import fr.vigie.platform.api.retention.RetentionStep;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /** Closed complaints of an outcome, closed before the cutoff, not held, not linked to an open complaint. */
    public static final DueCases DUE = new DueCases(
            "FROM complaints.complaint c"
                    + " WHERE c.status = 'CLOSED' AND c.outcome = ? AND c.closed_on < ?"
                    + " AND NOT (c.reference = ANY(?))"
                    + " AND NOT EXISTS (SELECT 1 FROM complaints.complaint_link l JOIN complaints.complaint o ON o.id = l.second_id"
                    + "   WHERE l.first_id = c.id AND l.status = 'CONFIRMED' AND o.status <> 'CLOSED')"
                    + " AND NOT EXISTS (SELECT 1 FROM complaints.complaint_link l JOIN complaints.complaint o ON o.id = l.first_id"
                    + "   WHERE l.second_id = c.id AND l.status = 'CONFIRMED' AND o.status <> 'CLOSED')",
            "c",
            "pseudonymised_on",
            "file_deleted_on");

    private ComplaintRetentionSql() {}

    /** Pseudonymises these complaints, and deletes their files when {@code step} says so. */
    public static void erase(Connection c, List<DueCases.Taken> cases, RetentionStep step, LocalDate today)
            throws SQLException {
        Array idArray = DueCases.ids(c, cases);
        Date day = Date.valueOf(today);
        DueCases.execute(
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
        DueCases.execute(c, "SELECT complaints.erase_timeline_reasons(?)", idArray);
        DueCases.execute(
                c,
                "UPDATE complaints.information_request SET questions = ?, "
                        + "answer_summary = CASE WHEN answer_summary IS NULL THEN NULL ELSE ? END WHERE complaint_id = ANY(?)",
                ERASED_TEXT,
                ERASED_TEXT,
                idArray);
        DueCases.execute(
                c,
                "UPDATE complaints.complaint_link SET reason = ? WHERE (first_id = ANY(?) OR second_id = ANY(?)) "
                        + "AND reason IS NOT NULL",
                ERASED_TEXT,
                idArray,
                idArray);
        // A letter keeps its document's id (the letter was sent); the platform deletes the document itself.
        DueCases.execute(
                c,
                "UPDATE complaints.letter SET summary = ? WHERE complaint_id = ANY(?) AND summary IS NOT NULL",
                ERASED_TEXT,
                idArray);
    }
}
