package fr.vigie.bench.reporting;

import fr.vigie.bench.dossiers.DossierDataGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Loads a synthetic authority into the modules' real tables, fast: the complaints' histories
 * ({@link ComplaintHistories}) produced by one thread and copied by two connections, while a third
 * connection runs the dossiers module's generator ({@link DossierDataGenerator}); the secondary
 * indexes of every table written are dropped before and rebuilt after, two at a time. Prints the
 * time of each step, table and index.
 *
 * <p>Ids are explicit: the complaints' clocks take a reserved range of {@code platform.clock} ids,
 * fenced by a placeholder row above it so that the dossiers generator (which numbers from the
 * highest id) starts after it; the placeholder is removed at the end and the sequences are set
 * after the highest id. References of generated complaints are numbered from
 * {@link ComplaintHistories#FIRST_NUMBER} in each year, those of generated dossiers from 900,000:
 * both apart from what the application numbers (demo data included).
 */
final class AuthorityLoader {
    private static final int BATCH = 10_000;
    private static final List<String> TABLES = List.of(
            "complaints.complaint",
            "complaints.complaint_category",
            "complaints.timeline_entry",
            "complaints.letter",
            "complaints.clock_status",
            "platform.clock",
            "platform.clock_event",
            "dossiers.dossier",
            "dossiers.dossier_stage",
            "dossiers.dossier_event",
            "dossiers.named_person",
            "dossiers.declaration");

    private final DataSource dataSource;
    private final LocalDate today;
    private final boolean rebuildIndexes;
    private final List<String> report = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicLong> copyNanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> copyRows = new ConcurrentHashMap<>();

    /**
     * @param rebuildIndexes drop the secondary indexes before the load and rebuild them after (an
     *                       empty benchmark database); false for a small load into a live database
     */
    AuthorityLoader(DataSource dataSource, LocalDate today, boolean rebuildIndexes) {
        this.dataSource = dataSource;
        this.today = today;
        this.rebuildIndexes = rebuildIndexes;
    }

    /** Loads; returns the lines of the time breakdown (also printed as they come). */
    List<String> load(int complaints, int dossiers, long seed) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long step = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            DossierDataGenerator.ensurePolicies(c);
            line(step, "policies; %d accounts with their teams", ReportBenchData.users(c));
        }
        List<String[]> indexes = List.of();
        if (rebuildIndexes) {
            step = System.nanoTime();
            indexes = dropSecondaryIndexes();
            autovacuum(false);
            line(step, "%d secondary indexes dropped, autovacuum paused on the tables written", indexes.size());
        }
        ComplaintHistories.Ids ids;
        long firstComplaint;
        long fenceClock;
        long fenceEvent;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            long clock = max(s, "platform.clock") + 1;
            long event = max(s, "platform.clock_event") + 1;
            firstComplaint = max(s, "complaints.complaint") + 1;
            ids = new ComplaintHistories.Ids(
                    firstComplaint,
                    max(s, "complaints.timeline_entry") + 1,
                    max(s, "complaints.letter") + 1,
                    clock,
                    event);
            // Enough for the longest histories (an Art. 78(2) period every two months for ten years).
            fenceClock = clock + complaints * 70L + 1_000;
            fenceEvent = event + complaints * 140L + 1_000;
            s.execute(
                    "INSERT INTO platform.clock (id, case_ref, module, policy_code, policy_version, owner, start_event,"
                            + " opened_on, due_date, at_risk_from, status, outcome, ended_on, created_at, updated_at)"
                            + " SELECT " + fenceClock
                            + ", 'generator:fence', 'generator', code, version, 'generator', DATE '" + today
                            + "', DATE '" + today + "', DATE '" + today + "', DATE '" + today
                            + "', 'STOPPED', 'STOPPED', DATE '"
                            + today
                            + "', now(), now() FROM platform.clock_policy_version ORDER BY code, version LIMIT 1");
            s.execute(
                    "INSERT INTO platform.clock_event (id, clock_id, type, event_date, author, due_date_after, status_after,"
                            + " recorded_at) VALUES (" + fenceEvent + ", " + fenceClock + ", 'STOPPED', DATE '" + today
                            + "', 'generator', DATE '" + today + "', 'STOPPED', now())");
        }
        step = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        ComplaintHistories histories = new ComplaintHistories(complaints, seed, today, ReportBenchData.handlers(), ids);
        try {
            long dossiersStarted = System.nanoTime();
            Future<String> dossiersDone = pool.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    skipForeignKeyChecks(c);
                    DossierDataGenerator.Result r = DossierDataGenerator.generate(c, dossiers, seed + 1);
                    return String.format(
                            "%6.1f s  dossiers (the module's generator, alongside): %,d dossiers, %,d stages,"
                                    + " %,d events, %,d clocks",
                            (System.nanoTime() - dossiersStarted) / 1e9,
                            r.dossiers(),
                            r.stages(),
                            r.events(),
                            r.clocks());
                }
            });
            BlockingQueue<ComplaintHistories.Batch> queue = new ArrayBlockingQueue<>(2);
            // Batches are reused (their buffers keep their capacity): two copying, two queued, one being written.
            BlockingQueue<ComplaintHistories.Batch> free = new ArrayBlockingQueue<>(5);
            for (int i = 0; i < 5; i++) {
                free.add(new ComplaintHistories.Batch());
            }
            ComplaintHistories.Batch end = new ComplaintHistories.Batch();
            List<Future<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                writers.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        skipForeignKeyChecks(c);
                        for (ComplaintHistories.Batch b = queue.take(); b != end; b = queue.take()) {
                            copy(c, "complaints.complaint", ComplaintHistories.COMPLAINT_COLUMNS, b.complaints);
                            copy(c, "complaints.complaint_category", "complaint_id, category", b.categories);
                            copy(c, "complaints.timeline_entry", ComplaintHistories.TIMELINE_COLUMNS, b.timeline);
                            copy(c, "complaints.letter", ComplaintHistories.LETTER_COLUMNS, b.letters);
                            copy(c, "platform.clock", ComplaintHistories.CLOCK_COLUMNS, b.clocks);
                            copy(c, "complaints.clock_status", ComplaintHistories.CLOCK_STATUS_COLUMNS, b.clockStatus);
                            copy(c, "platform.clock_event", ComplaintHistories.CLOCK_EVENT_COLUMNS, b.clockEvents);
                            free.put(b.clear());
                        }
                    }
                    return null;
                }));
            }
            long produce = 0;
            try {
                for (int first = 0; first < complaints; first += BATCH) {
                    long t = System.nanoTime();
                    ComplaintHistories.Batch b = free.take();
                    histories.write(first, Math.min(complaints, first + BATCH), b);
                    produce += System.nanoTime() - t;
                    put(queue, b, writers);
                }
            } finally {
                for (int w = 0; w < writers.size(); w++) {
                    queue.put(end);
                }
            }
            for (Future<Void> writer : writers) {
                writer.get();
            }
            line(
                    step,
                    "complaints: %,d histories written (%.1f s in the producer thread) and copied by 2 connections",
                    complaints,
                    produce / 1e9);
            report(dossiersDone.get());
        } catch (ExecutionException e) {
            throw new SQLException("Load failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (ids.clock >= fenceClock || ids.clockEvent >= fenceEvent) {
            throw new IllegalStateException("Complaint clock ids went past their reserved range");
        }
        copyNanos.keySet().stream()
                .sorted()
                .forEach(table -> report(String.format(
                        "%6.1f s  COPY %s (%,d rows, summed over" + " connections)",
                        copyNanos.get(table).get() / 1e9,
                        table,
                        copyRows.get(table).get())));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM platform.clock_event WHERE id = " + fenceEvent);
            s.execute("DELETE FROM platform.clock WHERE id = " + fenceClock);
            setSequence(s, "complaints.complaint", "id");
            setSequence(s, "complaints.timeline_entry", "id");
            setSequence(s, "complaints.letter", "id");
            setSequence(s, "platform.clock", "id");
            setSequence(s, "platform.clock_event", "id");
        }
        if (rebuildIndexes) {
            step = System.nanoTime();
            rebuild(indexes);
            line(step, "%d secondary indexes rebuilt, two at a time", indexes.size());
        }
        step = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("ANALYZE " + table);
            }
            s.execute("ANALYZE platform.user_account");
        }
        if (rebuildIndexes) {
            autovacuum(true);
        }
        line(step, "statistics (ANALYZE of the %d tables)", TABLES.size());
        step = System.nanoTime();
        checkSample(firstComplaint, Math.min(complaints, 50_000));
        line(
                step,
                "sample of %,d generated complaints read back: stamps, dates and categories as written",
                Math.min(complaints, 50_000));
        line(started, "TOTAL generation and load of %,d complaints and %,d dossiers", complaints, dossiers);
        return List.copyOf(report);
    }

    /**
     * Reads back the first generated complaints and their clock events and checks what the binary
     * encoding could get wrong unnoticed (a time stamp shifted by the time zone, a date off by the
     * epoch, the categories array): the stamps fall on their day in Paris, the array equals the rows.
     */
    private void checkSample(long first, int count) throws SQLException {
        long last = first + count;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM complaints.complaint WHERE id >= " + first
                        + " AND id < " + last
                        + " AND (received_at AT TIME ZONE 'Europe/Paris')::date <> received_on),"
                        + " (SELECT count(*) FROM complaints.complaint c WHERE c.id >= " + first + " AND c.id < " + last
                        + " AND c.categories <> ARRAY(SELECT cc.category::text FROM complaints.complaint_category cc"
                        + " WHERE cc.complaint_id = c.id ORDER BY cc.category)),"
                        + " (SELECT count(*) FROM complaints.complaint c JOIN platform.clock k ON k.id = c.ack_clock_id"
                        + " JOIN platform.clock_event e ON e.clock_id = k.id WHERE c.id >= " + first + " AND c.id < "
                        + last
                        + " AND (e.recorded_at AT TIME ZONE 'Europe/Paris')::date <> e.event_date)")) {
            r.next();
            if (r.getLong(1) + r.getLong(2) + r.getLong(3) > 0) {
                throw new IllegalStateException(String.format(
                        "Generated rows read back wrong: %d complaints received on"
                                + " another day than stamped, %d with categories unlike their rows, %d clock events recorded on"
                                + " another day",
                        r.getLong(1), r.getLong(2), r.getLong(3)));
            }
        }
    }

    private static void put(
            BlockingQueue<ComplaintHistories.Batch> queue, ComplaintHistories.Batch b, List<Future<Void>> writers)
            throws InterruptedException, ExecutionException {
        while (!queue.offer(b, 1, TimeUnit.SECONDS)) {
            for (Future<Void> writer : writers) {
                if (writer.isDone()) {
                    writer.get(); // a writer failed: stop producing and report why
                }
            }
        }
    }

    private void copy(Connection c, String table, String columns, BinaryCopyRows rows) throws SQLException {
        long t = System.nanoTime();
        long count = rows.rows();
        rows.copyTo(c, table, columns);
        copyNanos.computeIfAbsent(table, k -> new AtomicLong()).addAndGet(System.nanoTime() - t);
        copyRows.computeIfAbsent(table, k -> new AtomicLong()).addAndGet(count);
    }

    /**
     * The rows are consistent by construction: a superuser session skips the foreign-key triggers
     * (checking millions of references costs minutes); another session keeps them and is only slower.
     */
    private static void skipForeignKeyChecks(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (r.next() && r.getBoolean(1)) {
                s.execute("SET session_replication_role = replica");
            }
        }
    }

    /**
     * Pauses (or gives back) autovacuum on the tables written: during the load it would vacuum and
     * analyse tables that are still growing, taking a core of the two from the load (measured: a
     * worker busy most of the load); the load analyses them itself at the end.
     */
    private void autovacuum(boolean enabled) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table
                        + (enabled ? " RESET (autovacuum_enabled)" : " SET (autovacuum_enabled = false)"));
            }
        }
    }

    /**
     * Drops the indexes of the written tables that back no constraint; returns {name, definition}
     * pairs. All of them, partial ones too: keeping the partial indexes (open cases, pending clocks,
     * decisive clock events) during the load was measured slower overall (226 s against 222 s): the
     * clock events' partial index covers half the rows, and a bulk build beats row-by-row inserts.
     */
    private List<String[]> dropSecondaryIndexes() throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        String tables = String.join("', '", TABLES);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r =
                    s.executeQuery("SELECT n.nspname || '.' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid),"
                            + " pg_relation_size(x.indrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                            + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                            + " WHERE (n.nspname || '.' || t.relname) IN ('" + tables + "')"
                            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)")) {
                while (r.next()) {
                    indexes.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] index : indexes) {
                s.execute("DROP INDEX " + index[0]);
            }
        }
        return indexes;
    }

    /** Rebuilds the indexes on two connections, the slowest kinds (GIN) first so that the two finish together. */
    private void rebuild(List<String[]> indexes) throws SQLException, InterruptedException {
        List<String[]> ordered = new ArrayList<>(indexes);
        ordered.sort((a, b) -> Boolean.compare(!a[1].contains(" gin "), !b[1].contains(" gin ")));
        BlockingQueue<String[]> work = new ArrayBlockingQueue<>(Math.max(1, ordered.size()), true, ordered);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> builders = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                builders.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection();
                            Statement s = c.createStatement()) {
                        // GIN builds (trigram, full text) are much faster when their posting lists fit in memory.
                        s.execute("SET maintenance_work_mem = '1GB'");
                        s.execute("SET max_parallel_maintenance_workers = 0");
                        for (String[] index = work.poll(); index != null; index = work.poll()) {
                            long t = System.nanoTime();
                            s.execute(index[1]);
                            line(t, "index %s", index[0]);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> builder : builders) {
                builder.get();
            }
        } catch (ExecutionException e) {
            throw new SQLException("Index rebuild failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long max(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void setSequence(Statement s, String table, String column) throws SQLException {
        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), GREATEST(1, (SELECT MAX("
                + column + ") FROM " + table + ")))");
    }

    private void line(long startedNanos, String format, Object... args) {
        report(String.format("%6.1f s  ", (System.nanoTime() - startedNanos) / 1e9) + String.format(format, args));
    }

    private void report(String line) {
        report.add(line);
        System.out.println("  " + line);
    }
}
