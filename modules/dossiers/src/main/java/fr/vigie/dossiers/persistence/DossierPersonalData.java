package fr.vigie.dossiers.persistence;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.retention.DueCases;
import fr.vigie.platform.api.retention.JdbcPersonalDataHolder;
import fr.vigie.platform.api.retention.PersonQuery;
import fr.vigie.platform.api.retention.PersonalDataRecord;
import fr.vigie.platform.api.retention.RetainedCaseType;
import fr.vigie.platform.api.retention.RetentionStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people named in research dossiers (the principal investigator, the people the application
 * names) for the platform's retention schedule and data-subject requests. Defaults: pseudonymised 5
 * years after the dossier ended, file deleted after 10 (a permit lasts up to 10 years, EHDS Art.
 * 68(12), and its audits may look back that far); the administrator sets them per final state.
 * Only names are held: a request is matched by name.
 */
@ApplicationScoped
public class DossierPersonalData extends JdbcPersonalDataHolder {
    static final String CASE_TYPE = "DOSSIER";
    private static final Set<String> ENDED = Set.of("CLOSED", "REFUSED", "WITHDRAWN");

    @Override
    public String module() {
        return DossiersModule.NAME;
    }

    @Override
    public List<RetainedCaseType> caseTypes() {
        return List.of(new RetainedCaseType(CASE_TYPE, List.of("CLOSED", "REFUSED", "WITHDRAWN"), 60, 120));
    }

    @Override
    protected DueCases dueCases() {
        return DossierRetentionSql.DUE;
    }

    @Override
    protected void erase(Connection c, List<DueCases.Taken> cases, RetentionStep step, LocalDate today)
            throws SQLException {
        DossierRetentionSql.erase(c, cases, step, today);
    }

    @Override
    public List<PersonalDataRecord> find(PersonQuery query, int limit) {
        if (query.name() == null) {
            return List.of();
        }
        String like = "%"
                + query.name()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String sql =
                "SELECT d.reference, d.status, d.closed_on, d.title, d.principal_investigator, d.pseudonymised_on, "
                        + "(SELECT string_agg(p.name, ', ' ORDER BY p.position) FROM dossiers.named_person p "
                        + "  WHERE p.dossier_id = d.id AND lower(p.name) LIKE ?) "
                        + "FROM dossiers.dossier d WHERE lower(d.principal_investigator) LIKE ? "
                        + "OR EXISTS (SELECT 1 FROM dossiers.named_person p WHERE p.dossier_id = d.id AND lower(p.name) LIKE ?) "
                        + "ORDER BY d.created_on DESC, d.id DESC LIMIT ?";
        List<PersonalDataRecord> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, like);
            s.setString(2, like);
            s.setString(3, like);
            s.setInt(4, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> data = new LinkedHashMap<>();
                    data.put("title", rs.getString(4));
                    data.put("principalInvestigator", rs.getString(5));
                    if (rs.getString(7) != null) {
                        data.put("namedPerson", rs.getString(7));
                    }
                    String status = rs.getString(2);
                    found.add(new PersonalDataRecord(
                            new CaseRef(module(), rs.getString(1)),
                            CASE_TYPE,
                            status,
                            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                            List.of("name"),
                            data,
                            rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                            ENDED.contains(status) ? null : "subject.refusal.open"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dossiers: subject search: " + e.getMessage(), e);
        }
        return found;
    }

    @Override
    public List<String> erase(String reference, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, status, file_deleted_on FROM dossiers.dossier WHERE reference = ? FOR UPDATE")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("dossier", reference);
                    }
                    if (!ENDED.contains(rs.getString(2))) {
                        throw DomainException.onField("caseRef", "error.subject.open", module() + ":" + reference);
                    }
                    if (rs.getDate(3) != null) {
                        return List.of();
                    }
                    id = rs.getLong(1);
                }
            }
            DossierRetentionSql.erase(c, List.of(new DueCases.Taken(id, reference)), RetentionStep.DELETE_FILE, today);
            return List.of(reference);
        } catch (SQLException e) {
            throw new IllegalStateException("Dossiers: erasure: " + e.getMessage(), e);
        }
    }
}
