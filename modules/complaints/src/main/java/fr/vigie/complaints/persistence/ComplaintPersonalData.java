package fr.vigie.complaints.persistence;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.domain.Outcome;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The complainants' data for the platform's retention schedule and data-subject requests. Defaults
 * follow DOMAIN.md's example records schedule: identity pseudonymised 2 years after closure, file
 * deleted after 5; the administrator sets each outcome's periods on the schedule's screen.
 */
@ApplicationScoped
public class ComplaintPersonalData extends JdbcPersonalDataHolder {
    static final String CASE_TYPE = "COMPLAINT";

    @Override
    public String module() {
        return ComplaintsModule.NAME;
    }

    @Override
    public List<RetainedCaseType> caseTypes() {
        return List.of(new RetainedCaseType(
                CASE_TYPE, Arrays.stream(Outcome.values()).map(Enum::name).toList(), 24, 60));
    }

    @Override
    protected DueCases dueCases() {
        return ComplaintRetentionSql.DUE;
    }

    @Override
    protected void erase(Connection c, List<DueCases.Taken> cases, RetentionStep step, LocalDate today)
            throws SQLException {
        ComplaintRetentionSql.erase(c, cases, step, today);
    }

    @Override
    public List<PersonalDataRecord> find(PersonQuery query, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.name() != null) {
            conditions.add("lower(complainant_name) LIKE ?");
            params.add(like(query.name()));
        }
        if (query.email() != null) {
            conditions.add("lower(complainant_email) = ?");
            params.add(query.email());
        }
        if (query.postalAddress() != null) {
            conditions.add("lower(complainant_address) LIKE ?");
            params.add(like(query.postalAddress()));
        }
        String sql = "SELECT reference, status, closed_on, complainant_name, complainant_email, complainant_address, "
                + "facts, received_on, organisation_name, outcome, pseudonymised_on FROM complaints.complaint WHERE "
                + String.join(" OR ", conditions) + " ORDER BY received_on DESC, id DESC LIMIT ?";
        params.add(limit);
        List<PersonalDataRecord> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(record(rs, query));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Complaints: subject search: " + e.getMessage(), e);
        }
        return found;
    }

    @Override
    public List<String> erase(String reference, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, status, file_deleted_on FROM complaints.complaint WHERE reference = ? FOR UPDATE")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("complaint", reference);
                    }
                    if (!"CLOSED".equals(rs.getString(2))) {
                        throw DomainException.onField("caseRef", "error.subject.open", module() + ":" + reference);
                    }
                    if (rs.getDate(3) != null) {
                        return List.of();
                    }
                    id = rs.getLong(1);
                }
            }
            ComplaintRetentionSql.erase(
                    c, List.of(new DueCases.Taken(id, reference)), RetentionStep.DELETE_FILE, today);
            return List.of(reference);
        } catch (SQLException e) {
            throw new IllegalStateException("Complaints: erasure: " + e.getMessage(), e);
        }
    }

    private PersonalDataRecord record(ResultSet rs, PersonQuery query) throws SQLException {
        String name = rs.getString(4);
        String email = rs.getString(5);
        String address = rs.getString(6);
        List<String> matched = new ArrayList<>();
        if (query.name() != null
                && name != null
                && name.toLowerCase(Locale.ROOT).contains(query.name().toLowerCase(Locale.ROOT))) {
            matched.add("name");
        }
        if (query.email() != null && query.email().equalsIgnoreCase(email)) {
            matched.add("email");
        }
        if (query.postalAddress() != null
                && address != null
                && address.toLowerCase(Locale.ROOT)
                        .contains(query.postalAddress().toLowerCase(Locale.ROOT))) {
            matched.add("postalAddress");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("complainantName", name);
        data.put("complainantEmail", email);
        data.put("complainantAddress", address);
        data.put("facts", rs.getString(7));
        data.put("organisation", rs.getString(9));
        String status = rs.getString(2);
        return new PersonalDataRecord(
                new CaseRef(module(), rs.getString(1)),
                CASE_TYPE,
                status,
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                matched,
                data,
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
                "CLOSED".equals(status) ? null : "subject.refusal.open");
    }

    private static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
