package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.clock.domain.ClockEvaluation;
import fr.vigie.platform.clock.domain.ClockFacts;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
 *
 * <p>Pipelined ({@link #all}): the engine evaluates a page on the {@code compute} executor while
 * this thread reads the next page and writes the previous one on the connection. Measured on a
 * million clocks, about 40 % of the CPU time of a recomputation is the JVM's (engine, result
 * decoding) and the rest PostgreSQL's, which before this waited for each other page after page;
 * now the database never waits for the engine on a machine with a core to spare. Only pure
 * domain code runs on the executor (policies are resolved on this thread beforehand, since the
 * registry may read them with JPA), one page at a time, handed over through the future.
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
    public record Result(int examined, int changed) {}

    /** Told after each page is written, e.g. to commit it (a batch job whose pages are idempotent). */
    @FunctionalInterface
    public interface PageWritten {
        void afterPage() throws SQLException;
    }

    static final String PAGE = """
            SELECT id, version, policy_code, policy_version, start_event, opened_on, due_date, at_risk_from, status,
                   suspended, case_ref, owner, period_amount, period_unit
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
    private final Executor compute;
    private int examined;

    /**
     * @param batchId the batch the changes are recorded under (see {@link StatusBatches}); the
     *                caller writes the batch row if anything changed
     */
    public BatchRecompute(
            Connection connection,
            PolicyLookup policies,
            HolidayCalendar calendar,
            LocalDate today,
            Instant now,
            long batchId) {
        this(connection, policies, calendar, today, now, batchId, Runnable::run);
    }

    /**
     * @param compute where the engine evaluates the pages of {@link #all} (a managed executor in
     *                the server), in parallel with this thread's reads and writes
     */
    public BatchRecompute(
            Connection connection,
            PolicyLookup policies,
            HolidayCalendar calendar,
            LocalDate today,
            Instant now,
            long batchId,
            Executor compute) {
        this.connection = connection;
        this.policies = policies;
        this.calendar = calendar;
        this.today = today;
        this.now = now;
        this.batchId = batchId;
        this.compute = compute;
    }

    private record Row(
            long id,
            long version,
            String policyCode,
            int policyVersion,
            LocalDate startEvent,
            LocalDate openedOn,
            LocalDate dueDate,
            LocalDate atRiskFrom,
            ClockStatus status,
            boolean suspended,
            String caseRef,
            String owner,
            Period chosenPeriod) {}

    /** A page read, with the policies of its clocks resolved. */
    private record Page(List<Row> rows, Map<Long, List<ClockHistory.Entry>> histories, List<LegalPolicy> policies) {
        long lastId() {
            return rows.get(rows.size() - 1).id();
        }
    }

    /** The clocks of a page whose stored values differ from the engine's, with the new values. */
    private record Evaluated(List<Row> rows, List<ClockEvaluation> evaluations) {}

    /**
     * Recomputes one page: the open clocks of {@code scope} with an id above {@code afterId},
     * at most {@code pageSize} of them.
     *
     * @param changes receives the clocks actually changed
     * @return the highest id read, or -1 when the page was empty (the run is over)
     */
    public long page(Scope scope, long afterId, int pageSize, List<StatusChange> changes) throws SQLException {
        Page page = read(scope, afterId, pageSize);
        if (page == null) {
            return -1;
        }
        write(evaluate(page), changes);
        return page.lastId();
    }

    /** Every page of {@code scope}, in one go (the caller's transaction). */
    public Result all(Scope scope, int pageSize, List<StatusChange> changes) throws SQLException {
        return all(scope, pageSize, changes, () -> {});
    }

    /**
     * Every page of {@code scope}, pipelined: page <i>n</i> is evaluated on the compute executor
     * while this thread reads page <i>n + 1</i> and writes page <i>n - 1</i>. Pages are disjoint
     * ranges of ids, so reading the next one before writing the previous one reads nothing stale.
     *
     * @param written told after each page is written (e.g. to commit it)
     */
    public Result all(Scope scope, int pageSize, List<StatusChange> changes, PageWritten written) throws SQLException {
        int examinedBefore = examined;
        int changedBefore = changes.size();
        Page page = read(scope, 0, pageSize);
        CompletableFuture<Evaluated> evaluating = page == null ? null : evaluateLater(page);
        while (evaluating != null) {
            Page next = read(scope, page.lastId(), pageSize);
            Evaluated evaluated = await(evaluating);
            evaluating = next == null ? null : evaluateLater(next);
            try {
                write(evaluated, changes);
                written.afterPage();
            } catch (SQLException | RuntimeException failed) {
                if (evaluating != null) {
                    evaluating.cancel(false);
                }
                throw failed;
            }
            page = next;
        }
        return new Result(examined - examinedBefore, changes.size() - changedBefore);
    }

    private CompletableFuture<Evaluated> evaluateLater(Page page) {
        return CompletableFuture.supplyAsync(() -> evaluate(page), compute);
    }

    /** The evaluation's result, or its own exception (e.g. an engine rule refused) unwrapped. */
    private static Evaluated await(CompletableFuture<Evaluated> evaluating) {
        try {
            return evaluating.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    /** Pure domain code: may run on another thread. */
    private Evaluated evaluate(Page page) {
        List<Row> toWrite = new ArrayList<>();
        List<ClockEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < page.rows().size(); i++) {
            Row row = page.rows().get(i);
            ClockFacts facts = ClockHistory.facts(
                    page.policies().get(i),
                    row.chosenPeriod(),
                    row.startEvent(),
                    row.openedOn(),
                    page.histories().getOrDefault(row.id(), List.of()));
            ClockEvaluation evaluation = facts.evaluateOn(today, calendar);
            if (!evaluation.dueDate().equals(row.dueDate())
                    || evaluation.status() != row.status()
                    || !evaluation.atRiskFrom().equals(row.atRiskFrom())
                    || evaluation.suspended() != row.suspended()) {
                toWrite.add(row);
                evaluations.add(evaluation);
            }
        }
        return new Evaluated(toWrite, evaluations);
    }

    /** Reads a page, its histories and its policies; null when there is none left. */
    private Page read(Scope scope, long afterId, int pageSize) throws SQLException {
        List<Row> rows = readPage(scope, afterId, pageSize);
        if (rows.isEmpty()) {
            return null;
        }
        examined += rows.size();
        List<LegalPolicy> pagePolicies = new ArrayList<>(rows.size());
        for (Row row : rows) {
            pagePolicies.add(policies.policy(row.policyCode(), row.policyVersion()));
        }
        return new Page(rows, readHistories(rows), pagePolicies);
    }

    private void write(Evaluated evaluated, List<StatusChange> changes) throws SQLException {
        List<Row> toWrite = evaluated.rows();
        if (toWrite.isEmpty()) {
            return;
        }
        Set<Long> written = write(toWrite, evaluated.evaluations());
        for (int i = 0; i < toWrite.size(); i++) {
            Row row = toWrite.get(i);
            if (written.contains(row.id())) {
                ClockEvaluation evaluation = evaluated.evaluations().get(i);
                changes.add(new StatusChange(
                        row.id(),
                        row.caseRef(),
                        row.owner(),
                        row.policyCode(),
                        row.status(),
                        evaluation.status(),
                        row.dueDate(),
                        evaluation.dueDate()));
            }
        }
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
                // getObject(LocalDate) decodes the date text directly, without the Calendar and time
                // zone arithmetic of getDate(): a visible share of the JVM's time over a million rows.
                rows.add(new Row(
                        result.getLong(1),
                        result.getLong(2),
                        result.getString(3),
                        result.getInt(4),
                        result.getObject(5, LocalDate.class),
                        result.getObject(6, LocalDate.class),
                        result.getObject(7, LocalDate.class),
                        result.getObject(8, LocalDate.class),
                        ClockStatus.valueOf(result.getString(9)),
                        result.getBoolean(10),
                        result.getString(11),
                        result.getString(12),
                        chosenPeriod(result)));
            }
        }
        return rows;
    }

    /** The period chosen for the clock's case (columns 13 and 14), or null for the policy's own. */
    private static Period chosenPeriod(ResultSet result) throws SQLException {
        int amount = result.getInt(13);
        return result.wasNull() ? null : Period.of(amount, PeriodUnit.parse(result.getString(14)));
    }

    private Map<Long, List<ClockHistory.Entry>> readHistories(List<Row> rows) throws SQLException {
        Map<Long, List<ClockHistory.Entry>> histories = new HashMap<>();
        Array ids =
                connection.createArrayOf("bigint", rows.stream().map(Row::id).toArray(Long[]::new));
        try {
            PreparedStatement statement = statement(HISTORY);
            statement.setArray(1, ids);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    int amount = result.getInt(4);
                    Integer boxed = result.wasNull() ? null : amount;
                    histories
                            .computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
                            .add(new ClockHistory.Entry(
                                    ClockEventType.valueOf(result.getString(2)),
                                    result.getObject(3, LocalDate.class),
                                    boxed,
                                    result.getString(5)));
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
