package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.clock.domain.ClockEvaluation;
import fr.vigie.platform.clock.domain.ClockFacts;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.tracking.ClockEventType;
import fr.vigie.platform.clock.tracking.ClockHistory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes the due date and status of many open clocks with the engine, a page at a time:
 * one query reads a page of clocks, one reads their suspensions and extensions (through a
 * partial index that holds only those events, so the million {@code STARTED} events are never
 * read), the engine evaluates each clock in memory without building explanations, and one
 * statement writes back the changed ones from arrays, with their flips in the batch's log and
 * the owners' notifications (see {@link StatusBatches}). Used after a calendar change (only the clocks the
 * changed day can affect) and by the status job for suspended clocks, whose due date moves
 * every day.
 *
 * <p>Each row is written only if its version is still the one read, so a clock changed
 * meanwhile by a person (who recomputed it anyway) is left alone rather than overwritten.
 */
public final class BatchRecompute implements AutoCloseable {

    /** Finds the policy a clock runs under (code and version). */
    @FunctionalInterface
    public interface PolicyLookup {
        LegalPolicy policy(String code, int version);
    }

    /**
     * Which open clocks to recompute: an SQL condition on table {@code platform.clock} and its
     * date parameters, e.g. the clocks a changed holiday can affect.
     */
    public record Scope(String condition, List<LocalDate> parameters) {

        /** Every open clock. */
        public static Scope allOpen() {
            return new Scope("TRUE", List.of());
        }

        /** Open clocks with an open suspension (their due date moves every day). */
        public static Scope suspended() {
            return new Scope("suspended", List.of());
        }

        /**
         * Open clocks whose due date a change of {@code day} in the calendar can move: those that
         * started before it and end on or after it (a holiday after the due date changes nothing:
         * neither the count of working days nor the roll-forward reach it), and the suspended
         * ones, whose due date is still moving.
         */
        public static Scope affectedBy(LocalDate day) {
            return new Scope("(start_event < ? AND (due_date >= ? OR suspended))", List.of(day, day));
        }
    }

    /** Totals of a run. */
    public record Result(int examined, int changed) {
    }

    static final String PAGE = """
            SELECT id, version, policy_code, policy_version, start_event, opened_on, due_date, at_risk_from, status,
                   suspended, case_ref, owner
            FROM platform.clock
            WHERE outcome = 'PENDING' AND id > ? AND (%s)
            ORDER BY id LIMIT ?
            """;

    static final String HISTORY = """
            SELECT clock_id, type, event_date, amount, unit FROM platform.clock_event
            WHERE clock_id = ANY (?) AND type IN ('SUSPENDED', 'RESUMED', 'EXTENDED', 'MET', 'STOPPED')
            ORDER BY clock_id, id
            """;

    static final String WRITE = """
            WITH v AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::date[], ?::date[], ?::varchar[], ?::boolean[],
                                     ?::varchar[], ?::date[])
                    AS v(id, ver, due, risk, status, susp, before, due_before)
            ), changed AS (
                UPDATE platform.clock c
                SET due_date = v.due, at_risk_from = v.risk, status = v.status, suspended = v.susp,
                    version = c.version + 1, updated_at = ?
                FROM v WHERE c.id = v.id AND c.version = v.ver
                RETURNING c.id, c.owner, c.case_ref, c.policy_code, c.due_date, v.before, c.status, v.due_before
            ), logged AS (
                INSERT INTO platform.clock_status_flip (clock_id, batch_id, status_before, status_after,
                    due_date_before, due_date_after)
                SELECT id, ?, before, status, due_before, due_date FROM changed
            )
            """ + StatusBatches.NOTIFY + """
            SELECT id FROM changed
            """;

    private final Connection connection;
    private final PolicyLookup policies;
    private final HolidayCalendar calendar;
    private final LocalDate today;
    private final Instant now;
    private final long batchId;
    private int examined;

    /**
     * @param batchId the batch the changes are recorded under (see {@link StatusBatches}); the
     *                caller writes the batch row if anything changed
     */
    public BatchRecompute(Connection connection, PolicyLookup policies, HolidayCalendar calendar, LocalDate today,
            Instant now, long batchId) {
        this.connection = connection;
        this.policies = policies;
        this.calendar = calendar;
        this.today = today;
        this.now = now;
        this.batchId = batchId;
    }

    private record Row(long id, long version, String policyCode, int policyVersion, LocalDate startEvent,
            LocalDate openedOn, LocalDate dueDate, LocalDate atRiskFrom, ClockStatus status, boolean suspended,
            String caseRef, String owner) {
    }

    /**
     * Recomputes one page: the open clocks of {@code scope} with an id above {@code afterId},
     * at most {@code pageSize} of them.
     *
     * @param changes receives the clocks actually changed
     * @return the highest id read, or -1 when the page was empty (the run is over)
     */
    public long page(Scope scope, long afterId, int pageSize, List<StatusChange> changes) throws SQLException {
        List<Row> rows = readPage(scope, afterId, pageSize);
        if (rows.isEmpty()) {
            return -1;
        }
        examined += rows.size();
        Map<Long, List<ClockHistory.Entry>> histories = readHistories(rows);
        List<Row> toWrite = new ArrayList<>();
        List<ClockEvaluation> evaluations = new ArrayList<>();
        for (Row row : rows) {
            LegalPolicy policy = policies.policy(row.policyCode(), row.policyVersion());
            ClockFacts facts = ClockHistory.facts(policy, row.startEvent(), row.openedOn(),
                    histories.getOrDefault(row.id(), List.of()));
            ClockEvaluation evaluation = facts.evaluateOn(today, calendar);
            if (!evaluation.dueDate().equals(row.dueDate()) || evaluation.status() != row.status()
                    || !evaluation.atRiskFrom().equals(row.atRiskFrom()) || evaluation.suspended() != row.suspended()) {
                toWrite.add(row);
                evaluations.add(evaluation);
            }
        }
        if (!toWrite.isEmpty()) {
            Set<Long> written = write(toWrite, evaluations);
            for (int i = 0; i < toWrite.size(); i++) {
                Row row = toWrite.get(i);
                if (written.contains(row.id())) {
                    ClockEvaluation evaluation = evaluations.get(i);
                    changes.add(new StatusChange(row.id(), row.caseRef(), row.owner(), row.policyCode(), row.status(),
                            evaluation.status(), row.dueDate(), evaluation.dueDate()));
                }
            }
        }
        return rows.get(rows.size() - 1).id();
    }

    /** Every page of {@code scope}, in one go (the caller's transaction). */
    public Result all(Scope scope, int pageSize, List<StatusChange> changes) throws SQLException {
        int examinedBefore = examined;
        int changedBefore = changes.size();
        long after = 0;
        while (after >= 0) {
            after = page(scope, after, pageSize, changes);
        }
        return new Result(examined - examinedBefore, changes.size() - changedBefore);
    }

    /**
     * The statements of this run, prepared once and reused page after page: the driver then
     * keeps them prepared on the server, so a run of hundreds of pages plans each query once.
     */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private PreparedStatement pageStatement(Scope scope) throws SQLException {
        return statement(String.format(PAGE, scope.condition()));
    }

    /** Closes the statements (not the connection, which is the caller's). */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        statements.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** Clocks read so far by this instance. */
    public int examined() {
        return examined;
    }

    private List<Row> readPage(Scope scope, long afterId, int pageSize) throws SQLException {
        List<Row> rows = new ArrayList<>(pageSize);
        PreparedStatement statement = pageStatement(scope);
        int index = 1;
        statement.setLong(index++, afterId);
        for (LocalDate parameter : scope.parameters()) {
            statement.setDate(index++, Date.valueOf(parameter));
        }
        statement.setInt(index, pageSize);
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getLong(2), result.getString(3), result.getInt(4),
                        result.getDate(5).toLocalDate(), result.getDate(6).toLocalDate(),
                        result.getDate(7).toLocalDate(), result.getDate(8).toLocalDate(),
                        ClockStatus.valueOf(result.getString(9)), result.getBoolean(10), result.getString(11),
                        result.getString(12)));
            }
        }
        return rows;
    }

    private Map<Long, List<ClockHistory.Entry>> readHistories(List<Row> rows) throws SQLException {
        Map<Long, List<ClockHistory.Entry>> histories = new HashMap<>();
        Array ids = connection.createArrayOf("bigint", rows.stream().map(Row::id).toArray(Long[]::new));
        try {
            PreparedStatement statement = statement(HISTORY);
            statement.setArray(1, ids);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int amount = result.getInt(4);
                    Integer boxed = result.wasNull() ? null : amount;
                    histories.computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
                            .add(new ClockHistory.Entry(ClockEventType.valueOf(result.getString(2)),
                                    result.getDate(3).toLocalDate(), boxed, result.getString(5)));
                }
            }
        } finally {
            ids.free();
        }
        return histories;
    }

    private Set<Long> write(List<Row> rows, List<ClockEvaluation> evaluations) throws SQLException {
        int size = rows.size();
        Long[] ids = new Long[size];
        Long[] versions = new Long[size];
        String[] dues = new String[size];
        String[] risks = new String[size];
        String[] statuses = new String[size];
        Boolean[] suspensions = new Boolean[size];
        String[] befores = new String[size];
        String[] duesBefore = new String[size];
        for (int i = 0; i < size; i++) {
            Row row = rows.get(i);
            ids[i] = row.id();
            versions[i] = row.version();
            ClockEvaluation evaluation = evaluations.get(i);
            dues[i] = evaluation.dueDate().toString();
            risks[i] = evaluation.atRiskFrom().toString();
            statuses[i] = evaluation.status().name();
            suspensions[i] = evaluation.suspended();
            befores[i] = row.status().name();
            duesBefore[i] = row.dueDate().toString();
        }
        Set<Long> written = new HashSet<>(size * 2);
        PreparedStatement statement = statement(WRITE);
        Timestamp at = Timestamp.from(now);
        statement.setArray(1, connection.createArrayOf("bigint", ids));
        statement.setArray(2, connection.createArrayOf("bigint", versions));
        statement.setArray(3, connection.createArrayOf("date", dues));
        statement.setArray(4, connection.createArrayOf("date", risks));
        statement.setArray(5, connection.createArrayOf("varchar", statuses));
        statement.setArray(6, connection.createArrayOf("boolean", suspensions));
        statement.setArray(7, connection.createArrayOf("varchar", befores));
        statement.setArray(8, connection.createArrayOf("date", duesBefore));
        statement.setTimestamp(9, at);
        statement.setLong(10, batchId);
        statement.setTimestamp(11, at);
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                written.add(result.getLong(1));
            }
        }
        return written;
    }
}
