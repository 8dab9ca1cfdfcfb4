package fr.vigie.dossiers.persistence;

import fr.vigie.platform.api.retention.DueCases;
import fr.vigie.platform.api.retention.RetentionStep;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /** Dossiers ended in the line's final state before the cutoff, not held. */
    public static final DueCases DUE = new DueCases(
            "FROM dossiers.dossier d WHERE d.status = ? AND d.closed_on < ? AND NOT (d.reference = ANY(?))",
            "d",
            "pseudonymised_on",
            "file_deleted_on");

    private DossierRetentionSql() {}

    public static void erase(Connection c, List<DueCases.Taken> cases, RetentionStep step, LocalDate today)
            throws SQLException {
        Array idArray = DueCases.ids(c, cases);
        Date day = Date.valueOf(today);
        boolean deleteFile = step == RetentionStep.DELETE_FILE;
        DueCases.execute(
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
        DueCases.execute(c, "UPDATE dossiers.named_person SET name = ? WHERE dossier_id = ANY(?)", PSEUDONYM, idArray);
        // The history is append-only for the application; the schema's own function erases its reasons.
        DueCases.execute(c, "SELECT dossiers.erase_event_reasons(?)", idArray);
        if (deleteFile) {
            DueCases.execute(c, "DELETE FROM dossiers.attachment WHERE dossier_id = ANY(?)", idArray);
        }
    }
}
