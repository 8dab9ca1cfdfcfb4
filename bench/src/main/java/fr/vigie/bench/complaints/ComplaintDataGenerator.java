package fr.vigie.bench.complaints;

import fr.vigie.bench.complaints.ComplaintStory.Clock;
import fr.vigie.bench.complaints.ComplaintStory.Entry;
import fr.vigie.bench.complaints.ComplaintStory.Mail;
import fr.vigie.bench.complaints.ComplaintStory.Request;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.PriorityReason;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.complaints.domain.TimelineType;
import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Generates complaints with consistent histories into a database migrated with the platform's and
 * the complaints module's Flyway scripts, with PostgreSQL COPY.
 *
 * <p>What a complaint gets, as the application would have written it: a yearly reference
 * ({@code PL-YYYY-NNNNNN}, numbers continuing those already in the database), a channel, a
 * complainant (fictitious), an organisation from a pool with valid SIREN/SIRET checksums and repeat
 * offenders, French facts, one to three categories, the priority proposed by the module's own
 * {@link PriorityRules} (and decided by the handler once assigned), a status reached through the
 * lifecycle with its timeline entries (received, acknowledged, qualified, priority decided,
 * assigned, instruction, requests and answers, informations of the complainant, closure), the
 * letters of those acts, requests for information, and the legal clocks in {@code platform.clock}
 * with their {@code clock_event} history (acknowledgement, each GDPR Art. 78(2) period, each
 * request's answer), their due dates computed by the platform's engine and their status as of
 * {@code today}, mirrored in {@code complaints.clock_status}.
 *
 * <p>Receipts are spread over ten years, growing; complaints received long ago are closed, recent
 * ones are at every stage of the lifecycle (about 5 % are open), like the backlog of a real
 * authority. Outcomes, channels and categories follow plausible proportions.
 *
 * <p>Speed: the stories of the next batch are made and encoded on a second thread while the server
 * copies the current one; on an empty database the tables are truncated in the loading transaction
 * so that COPY writes frozen rows (and, with {@code wal_level=minimal}, no WAL); the secondary
 * indexes of the tables written are dropped before the load and rebuilt after it with 1 GB of
 * {@code maintenance_work_mem}, two at a time on two more connections when given a
 * {@link ConnectionSource}, the GIN indexes first; foreign-key triggers are skipped when the session
 * may do so (superuser); then the tables are vacuumed and analysed. Letters have no stored PDF (document id null)
 * and no audit entries are written: the generator feeds screens, reports and benchmarks, not the
 * document store.
 */
public final class ComplaintDataGenerator {
    /** What was written. */
    public record Summary(
            long complaints,
            long timelineEntries,
            long letters,
            long requests,
            long clocks,
            long clockEvents,
            double seconds) {
        @Override
        public String toString() {
            return String.format(
                    "%,d complaints, %,d timeline entries, %,d letters, %,d requests, %,d clocks"
                            + " (%,d events) in %.1f s",
                    complaints, timelineEntries, letters, requests, clocks, clockEvents, seconds);
        }
    }

    static final String ACK = "COMPLAINT_ACKNOWLEDGEMENT";
    static final String INFORM = "GDPR_ART_78_2_INFORM_COMPLAINANT";
    static final String ANSWER = "COMPLAINT_INSTRUCTION_REQUEST_ANSWER";
    static final int YEARS = 10;
    private static final int BATCH = 25_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> TABLES = List.of(
            "complaints.complaint",
            "complaints.complaint_category",
            "complaints.timeline_entry",
            "complaints.letter",
            "complaints.information_request",
            "complaints.clock_status",
            "platform.clock",
            "platform.clock_event");
    private static final String[] FIRST_NAMES = {
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Emma",
        "Inès",
        "Jade",
        "Louise",
        "Sarah",
        "Lucas",
        "Hugo",
        "Louis",
        "Nathan",
        "Gabriel",
        "Arthur",
        "Jules",
        "Thomas",
        "Paul",
        "Nicolas",
        "Julie",
        "Marie",
        "Sophie",
        "Claire",
        "Anne",
        "Pierre",
        "Jean",
        "Michel",
        "Karim",
        "Yasmine",
        "Mamadou",
        "Fatou",
        "Nguyen",
        "Élodie",
        "Benoît",
        "Amandine",
        "Rémi",
        "Océane",
        "Théo",
        "Zoé",
        "Maël"
    };
    private static final String[] LAST_NAMES = {
        "Martin",
        "Bernard",
        "Thomas",
        "Petit",
        "Robert",
        "Richard",
        "Durand",
        "Dubois",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Lefebvre",
        "Leroy",
        "Roux",
        "David",
        "Bertrand",
        "Morel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Muller",
        "Lefèvre",
        "Faure",
        "André",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Garnier",
        "Chevalier",
        "François",
        "Legrand",
        "Gauthier",
        "Garcia",
        "Perrin",
        "Robin",
        "Clément",
        "Morin",
        "Nicolas",
        "Henry",
        "Roussel",
        "Mathieu",
        "Diallo",
        "Benali",
        "Nguyen",
        "Le Gall",
        "Le Goff",
        "Kerbrat",
        "Da Silva",
        "Ferreira",
        "Haddad"
    };
    private static final String[] STREETS = {
        "de la République",
        "Victor Hugo",
        "Jean Jaurès",
        "de la Gare",
        "du Moulin",
        "des Écoles",
        "Pasteur",
        "de l'Église",
        "du Général de Gaulle",
        "des Lilas",
        "Nationale"
    };
    private static final String[] LEADS = {"IE", "NL", "LU", "DE", "BE", "ES", "IT", "SE"};
    private static final Map<Category, Integer> CATEGORY_WEIGHTS = new java.util.EnumMap<>(Map.ofEntries(
            Map.entry(Category.MARKETING, 20),
            Map.entry(Category.ACCESS_RIGHT, 18),
            Map.entry(Category.ERASURE_RIGHT, 12),
            Map.entry(Category.VIDEO_SURVEILLANCE, 10),
            Map.entry(Category.EMPLOYMENT, 10),
            Map.entry(Category.HEALTH_DATA, 8),
            Map.entry(Category.BANKING_AND_CREDIT, 7),
            Map.entry(Category.SECURITY_BREACH, 6),
            Map.entry(Category.MINORS, 4),
            Map.entry(Category.ARTIFICIAL_INTELLIGENCE, 3),
            Map.entry(Category.OTHER, 2)));

    private final Connection connection;
    private final int count;
    private final long seed;
    private final LocalDate today;
    private final List<String> handlers;
    private final Organisations organisations;
    private final Organisations.Organisation[] organisationCache;
    private final HolidayCalendar calendar = AdjustedHolidayCalendar.frenchDefaults();
    private final Map<String, LegalPolicy> policies = new HashMap<>();
    private final Map<String, Map<LocalDate, LocalDate[]>> deadlines = new HashMap<>();
    private final Map<Integer, Long> lastNumberOfYear = new HashMap<>();
    private final Map<Integer, String> campaignCodes = new HashMap<>();
    private final Category[] categoryDraw;
    private long nextComplaintId;
    private long nextClockId;
    private long timelineRows;
    private long letterRows;
    private long requestRows;
    private long clockRows;
    private long eventRows;

    private ComplaintDataGenerator(
            Connection connection, int count, long seed, LocalDate today, List<String> handlers) {
        this.connection = connection;
        this.count = count;
        this.seed = seed;
        this.today = today;
        this.handlers = List.copyOf(handlers);
        this.organisations = new Organisations(count, YEARS, seed);
        this.organisationCache = new Organisations.Organisation[organisations.pool()];
        PolicyCatalogue catalogue = PolicyCatalogue.defaults();
        for (String code : List.of(ACK, INFORM, ANSWER)) {
            policies.put(code, catalogue.policy(code));
            deadlines.put(code, new HashMap<>());
        }
        List<Category> draw = new ArrayList<>();
        CATEGORY_WEIGHTS.forEach((category, weight) -> {
            for (int i = 0; i < weight; i++) {
                draw.add(category);
            }
        });
        this.categoryDraw = draw.toArray(Category[]::new);
    }

    /** The handlers complaints are assigned to: the demo handler and 39 colleagues. */
    public static List<String> defaultHandlers() {
        List<String> names = new ArrayList<>();
        names.add("handler");
        for (int i = 1; i < 40; i++) {
            names.add(String.format("agent%02d", i));
        }
        return names;
    }

    /** Generates {@code count} complaints received over the ten years before today (Paris time). */
    public static Summary generate(Connection connection, int count, long seed) throws SQLException {
        return generate(connection, count, seed, LocalDate.now(PARIS), defaultHandlers(), null);
    }

    /**
     * As {@link #generate(Connection, int, long)}, building the secondary indexes after the load on
     * two more connections at once (one index per connection: a GIN index build uses one core).
     */
    public static Summary generate(Connection connection, int count, long seed, ConnectionSource more)
            throws SQLException {
        return generate(connection, count, seed, LocalDate.now(PARIS), defaultHandlers(), more);
    }

    /** Opens a new connection to the same database (for index builds in parallel). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /**
     * @param today    the day the clocks' statuses are computed for (the last possible receipt day)
     * @param handlers usernames complaints are assigned to and acted on by
     * @param more     where to open connections for building the indexes in parallel; null: one by one
     */
    public static Summary generate(
            Connection connection, int count, long seed, LocalDate today, List<String> handlers, ConnectionSource more)
            throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            ComplaintDataGenerator generator = new ComplaintDataGenerator(connection, count, seed, today, handlers);
            List<String> indexes = generator.load();
            connection.commit();
            generator.buildIndexes(indexes, more);
            generator.finish();
            connection.commit();
            connection.setAutoCommit(true);
            generator.vacuum();
            return new Summary(
                    count,
                    generator.timelineRows,
                    generator.letterRows,
                    generator.requestRows,
                    generator.clockRows,
                    generator.eventRows,
                    (System.nanoTime() - started) / 1e9);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static final System.Logger LOG = System.getLogger(ComplaintDataGenerator.class.getName());

    private static void phase(String what, long startedNanos) {
        LOG.log(
                System.Logger.Level.INFO,
                () -> String.format(
                        "complaints generator: %s in %.1f s", what, (System.nanoTime() - startedNanos) / 1e9));
    }

    /**
     * Writes the rows with COPY, the secondary indexes dropped; returns their definitions. The next
     * batch's stories are made and encoded on another thread while the server copies the current one
     * (the two shared cores both work: Java on one, PostgreSQL on the other).
     */
    private List<String> load() throws SQLException {
        try (Statement s = connection.createStatement()) {
            // Only one load at a time: ids and yearly numbers are taken from what is already there.
            s.execute("LOCK TABLE complaints.complaint, platform.clock IN EXCLUSIVE MODE");
            nextComplaintId = single(s, "SELECT COALESCE(MAX(id), 0) + 1 FROM complaints.complaint");
            nextClockId = single(s, "SELECT COALESCE(MAX(id), 0) + 1 FROM platform.clock");
            try (ResultSet rs = s.executeQuery("SELECT substr(reference, 4, 4)::int, MAX(substr(reference, 9)::bigint)"
                    + " FROM complaints.complaint GROUP BY 1")) {
                while (rs.next()) {
                    lastNumberOfYear.put(rs.getInt(1), rs.getLong(2));
                }
            }
            ensurePolicies(s);
            skipForeignKeyTriggersIfAllowed(s);
            boolean freeze = truncateIfEmpty(s);
            List<String> indexes = dropSecondaryIndexes(s);
            long phase = System.nanoTime();
            java.util.concurrent.ExecutorService maker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "complaint-stories");
                t.setDaemon(true);
                return t;
            });
            try {
                java.util.concurrent.Future<Map<String, byte[]>> next = maker.submit(() -> encode(0));
                for (int first = 0; first < count; first += BATCH) {
                    Map<String, byte[]> batch = next.get();
                    int following = first + BATCH;
                    next = following < count ? maker.submit(() -> encode(following)) : null;
                    long copy = System.nanoTime();
                    for (Map.Entry<String, byte[]> table : batch.entrySet()) {
                        CopyBuffer.copy(connection, table.getKey(), table.getValue(), freeze);
                    }
                    if (first == 0) {
                        phase("first batch of " + BATCH + " copied" + (freeze ? " (frozen)" : ""), copy);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating complaints", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("generating complaints failed", e.getCause());
            } finally {
                maker.shutdownNow();
            }
            phase("rows copied", phase);
            s.execute("SET session_replication_role = DEFAULT");
            return indexes;
        }
    }

    /**
     * On an empty database the tables are truncated in the loading transaction, so that COPY may
     * write frozen rows (no hint-bit rewrite or freezing vacuum later; with {@code wal_level=minimal}
     * no WAL either). Returns whether it did.
     */
    private boolean truncateIfEmpty(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>(TABLES);
        tables.add("complaints.complaint_link");
        for (String table : tables) {
            try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        java.sql.Savepoint before = connection.setSavepoint();
        try {
            s.execute("TRUNCATE " + String.join(", ", tables));
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException referencedElsewhere) {
            // Another table refers to one of these (none does today): load without FREEZE.
            connection.rollback(before);
            return false;
        }
    }

    /** Builds the dropped indexes, the largest first, on {@code more} connections two at a time if given. */
    private void buildIndexes(List<String> definitions, ConnectionSource more) throws SQLException {
        long phase = System.nanoTime();
        List<String> ordered = new ArrayList<>(definitions);
        // GIN indexes (trigrams, full text) take most of the time: start them first, one per connection.
        ordered.sort(java.util.Comparator.comparing((String d) -> !d.contains("USING gin")));
        java.util.concurrent.ConcurrentLinkedQueue<String> queue =
                new java.util.concurrent.ConcurrentLinkedQueue<>(ordered);
        if (more == null) {
            build(connection, queue);
            connection.commit();
        } else {
            List<Thread> builders = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 2; i++) {
                Thread t = new Thread(
                        () -> {
                            try (Connection c = more.open()) {
                                build(c, queue);
                            } catch (SQLException | RuntimeException e) {
                                failures.add(e);
                            }
                        },
                        "complaint-indexes-" + i);
                t.start();
                builders.add(t);
            }
            for (Thread t : builders) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while building indexes", e);
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("an index build failed", failures.get(0));
            }
        }
        phase(definitions.size() + " indexes built", phase);
    }

    private static void build(Connection c, java.util.Queue<String> queue) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Sorting in memory instead of merging runs on disk; the btree builds may also use a worker.
            s.execute("SET maintenance_work_mem = '1GB'");
            s.execute("SET max_parallel_maintenance_workers = 1");
            for (String index = queue.poll(); index != null; index = queue.poll()) {
                long one = System.nanoTime();
                s.execute(index);
                phase(index, one);
            }
        }
    }

    private void finish() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('complaints.complaint', 'id'), " + (nextComplaintId - 1)
                    + ")");
            s.execute("SELECT setval(pg_get_serial_sequence('platform.clock', 'id'), " + (nextClockId - 1) + ")");
            recordYearlyNumbers(s);
        }
    }

    /** The stories of one batch, encoded as COPY text per table (run on the story-making thread). */
    private Map<String, byte[]> encode(int first) {
        List<ComplaintStory> batch = new ArrayList<>(BATCH);
        for (int i = first; i < Math.min(count, first + BATCH); i++) {
            batch.add(story(i));
        }
        return write(batch);
    }

    /**
     * Statistics for the planner and the visibility map for index-only scans: what autovacuum
     * would do hours later on a database loaded this fast.
     */
    private void vacuum() throws SQLException {
        long phase = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
        phase("tables vacuumed and analysed", phase);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The clocks refer to the policy versions they were started under: make sure those exist. */
    private void ensurePolicies(Statement s) throws SQLException {
        for (LegalPolicy policy : policies.values()) {
            s.execute(
                    "INSERT INTO platform.clock_policy_version (code, version, title, legal_source, period, definition,"
                            + " effective_from, created_by) VALUES ('" + policy.code() + "', " + policy.version() + ", "
                            + literal(policy.title()) + ", " + literal(policy.legalSource()) + ", "
                            + literal(policy.period().toString()) + ", " + literal("generated")
                            + ", now(), 'generator')"
                            + " ON CONFLICT DO NOTHING");
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private void skipForeignKeyTriggersIfAllowed(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (rs.next() && rs.getBoolean(1)) {
                // The rows are consistent by construction; checking 10 million references costs minutes.
                s.execute("SET session_replication_role = replica");
            }
        }
    }

    /** Drops the indexes that back no constraint; returns their definitions to rebuild them. */
    private List<String> dropSecondaryIndexes(Statement s) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String tables = TABLES.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        try (ResultSet rs =
                s.executeQuery("SELECT n.nspname || '.' || quote_ident(i.relname), pg_get_indexdef(x.indexrelid)"
                        + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                        + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE (n.nspname || '.' || t.relname) IN (" + tables + ")"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            s.execute("DROP INDEX " + name);
        }
        return definitions;
    }

    private void recordYearlyNumbers(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT to_regclass('complaints.complaint_number') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return;
            }
        }
        for (Map.Entry<Integer, Long> year : lastNumberOfYear.entrySet()) {
            s.execute("INSERT INTO complaints.complaint_number (year, last_number) VALUES (" + year.getKey() + ", "
                    + year.getValue() + ") ON CONFLICT (year) DO UPDATE SET last_number = GREATEST("
                    + "complaints.complaint_number.last_number, EXCLUDED.last_number)");
        }
    }

    // ------------------------------------------------------------------ one complaint's story

    private ComplaintStory story(int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL));
        ComplaintStory c = new ComplaintStory();
        c.id = nextComplaintId++;
        // Receipts grow over the years: the day is monotonic in the index, denser towards today.
        int span = YEARS * 365;
        int dayOffset = (int) Math.min(span, span * Math.pow((index + r.nextDouble()) / count, 1 / 1.5));
        c.receivedOn = today.minusDays(span - dayOffset);
        long age = ChronoUnit.DAYS.between(c.receivedOn, today);
        c.receivedAt = c.receivedOn
                .atTime(LocalTime.of(7 + r.nextInt(14), r.nextInt(60), r.nextInt(60)))
                .atZone(PARIS)
                .toInstant();
        int year = c.receivedOn.getYear();
        long number = lastNumberOfYear.merge(year, 1L, Long::sum);
        c.reference = String.format("PL-%04d-%06d", year, number);
        int channelDraw = r.nextInt(100);
        c.channel = channelDraw < 72
                ? Channel.WEB_FORM
                : channelDraw < 90
                        ? Channel.MAIL
                        : channelDraw < 97 ? Channel.STAFF_INTAKE : Channel.EU_AUTHORITY_TRANSFER;
        String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
        c.complainantName = first + " " + last;
        c.complainantEmail = r.nextInt(10) < 8
                ? ascii(first + "." + last).toLowerCase(java.util.Locale.ROOT) + r.nextInt(1000) + "@example.fr"
                : null;
        c.complainantAddress = c.channel == Channel.MAIL || r.nextInt(4) == 0
                ? (1 + r.nextInt(120)) + " rue " + STREETS[r.nextInt(STREETS.length)] + ", "
                        + String.format("%05d", 1000 + r.nextInt(94_000)) + " "
                        + FrenchFacts.pick(FrenchFacts.CITIES, r)
                : null;

        Category main = categoryDraw[r.nextInt(categoryDraw.length)];
        c.categories.add(main);
        if (r.nextInt(4) == 0) {
            c.categories.add(categoryDraw[r.nextInt(categoryDraw.length)]);
        }
        if (r.nextInt(20) == 0) {
            c.categories.add(categoryDraw[r.nextInt(categoryDraw.length)]);
        }
        if (r.nextInt(67) == 0) {
            // A campaign: many people complaining about the same facts against one of the most complained-about.
            int campaign = r.nextInt(Math.max(1, count / 2000));
            c.organisation = organisation(campaign % 50);
            // As in the application, a campaign is named after its first complaint.
            c.campaign = campaignCodes.computeIfAbsent(campaign, k -> c.reference);
            SplittableRandom same = new SplittableRandom(seed + campaign);
            c.facts = FrenchFacts.of(main, c.organisation.name(), same);
        } else {
            c.organisation = organisation(organisations.drawRank(r));
            c.facts = FrenchFacts.of(main, c.organisation.name(), r);
        }
        int peopleDraw = r.nextInt(100);
        c.peopleAffected = peopleDraw < 85
                ? 1
                : peopleDraw < 95
                        ? 2 + r.nextInt(98)
                        : peopleDraw < 99 ? 100 + r.nextInt(900) : 1000 + r.nextInt(500_000);
        c.proposed = PriorityRules.assess(
                c.categories,
                c.peopleAffected,
                c.organisation.siren() == null ? 0 : (long) c.organisation.complaintsPerYear());

        String intakeActor = c.channel == Channel.STAFF_INTAKE ? pick(r) : "portail";
        c.timeline.add(new Entry(TimelineType.RECEIVED, c.receivedAt, intakeActor, null, c.channel.name()));
        plan(c, r, age);
        return c;
    }

    private Organisations.Organisation organisation(int rank) {
        Organisations.Organisation o = organisationCache[rank];
        if (o == null) {
            o = organisations.at(rank);
            organisationCache[rank] = o;
        }
        return o;
    }

    /** Decides how far the complaint went, then lays out its acts between receipt and today or closure. */
    private void plan(ComplaintStory c, SplittableRandom r, long age) {
        boolean open = ComplaintFates.staysOpen(r, age);
        boolean abroad = !"FR".equals(c.organisation.country());
        Outcome outcome = null;
        ComplaintStatus reached;
        if (open) {
            reached = openStatus(r, age);
        } else {
            outcome = ComplaintFates.closingOutcome(r, abroad);
            reached = outcome.judgesTheMerits() ? ComplaintStatus.UNDER_INSTRUCTION : ComplaintStatus.QUALIFIED;
        }
        int stages = reached.ordinal();
        ComplaintFates.Acts acts = ComplaintFates.actDays(r, c.receivedOn, age, outcome, stages);
        LocalDate[] on = acts.on();
        LocalDate endDate = acts.last();
        String owner = pick(r);
        String intake = c.timeline.get(0).actor();

        // Acknowledgement clock, met by the acknowledgement.
        c.ackClockId = clock(c, ACK, intake, c.receivedOn, stages >= 1 ? on[1] : null, null);
        if (stages >= 1) {
            c.acknowledgedOn = on[1];
            c.timeline.add(entry(TimelineType.ACKNOWLEDGED, on[1], r, owner, null, null));
            c.letters.add(new Mail(LetterType.ACKNOWLEDGEMENT, on[1], owner, null));
        }
        if (stages >= 2) {
            boolean transfer = outcome == Outcome.TRANSFERRED_TO_LEAD_AUTHORITY;
            boolean inadmissible = outcome == Outcome.INADMISSIBLE;
            c.admissible = !inadmissible;
            c.competent = true;
            c.crossBorder = transfer || r.nextInt(50) == 0;
            c.leadAuthority = transfer
                    ? (abroad && !"US".equals(c.organisation.country())
                            ? c.organisation.country()
                            : LEADS[r.nextInt(LEADS.length)])
                    : c.crossBorder ? "FR" : null;
            c.timeline.add(entry(
                    TimelineType.QUALIFIED,
                    on[2],
                    r,
                    owner,
                    inadmissible ? "Faits hors du champ du RGPD" : "Plainte recevable",
                    null));
        }
        if (stages >= 3) {
            c.assignee = owner;
            c.timeline.add(entry(TimelineType.ASSIGNED, on[3], r, "chef.plaintes", "Répartition hebdomadaire", owner));
            if (r.nextInt(10) < 9) {
                PriorityLevel decided = c.proposed.level();
                String reason = null;
                if (r.nextInt(20) == 0) {
                    decided = decided == PriorityLevel.HIGH ? PriorityLevel.MEDIUM : PriorityLevel.HIGH;
                    reason = "Contexte connu du service : "
                            + (decided == PriorityLevel.HIGH ? "médiatisation" : "faits isolés");
                }
                c.priority = decided;
                c.priorityDecidedBy = owner;
                c.priorityOverrideReason = reason;
                c.timeline.add(entry(
                        TimelineType.PRIORITY_DECIDED,
                        on[3],
                        r,
                        owner,
                        reason,
                        (reason != null ? c.proposed.level() + " → " : "") + decided));
            }
        }
        if (stages >= 4) {
            c.timeline.add(entry(TimelineType.INSTRUCTION_STARTED, on[4], r, owner, null, null));
            if (r.nextInt(10) < 6) {
                LocalDate sent = on[4].plusDays(Math.min(r.nextInt(10), ChronoUnit.DAYS.between(on[4], endDate)));
                LocalDate answered = sent.plusDays(10 + r.nextInt(35));
                if (answered.isAfter(endDate) || r.nextInt(15) == 0) {
                    answered = null;
                }
                String questions = "Merci de nous indiquer la base légale du traitement, la durée de conservation"
                        + " des données et les suites données à la demande de la personne.";
                long clock = clock(c, ANSWER, owner, sent, answered, open ? null : endDate);
                c.requests.add(new Request(
                        questions,
                        sent,
                        clock,
                        answered,
                        answered == null ? null : "Réponse de l'organisme : mesures correctrices annoncées."));
                c.timeline.add(entry(TimelineType.REQUEST_SENT, sent, r, owner, null, questions.substring(0, 60)));
                c.letters.add(new Mail(LetterType.REQUEST_FOR_INFORMATION, sent, owner, questions.substring(0, 60)));
                if (answered != null) {
                    c.timeline.add(entry(TimelineType.ANSWER_RECEIVED, answered, r, owner, null, "Mesures annoncées"));
                }
            }
        }
        informations(c, r, endDate, open, owner);
        if (!open) {
            c.status = ComplaintStatus.CLOSED;
            c.outcome = outcome;
            c.closedOn = endDate;
            c.lastInformedOn = endDate;
            c.timeline.add(entry(TimelineType.CLOSED, endDate, r, owner, "Instruction terminée", outcome.name()));
            c.letters.add(new Mail(LetterType.CLOSURE, endDate, owner, outcome.name()));
        } else {
            c.status = reached;
        }
        c.timeline.sort(java.util.Comparator.comparing(Entry::at));
    }

    private ComplaintStatus openStatus(SplittableRandom r, long age) {
        if (age <= 3) {
            return r.nextInt(10) < 7 ? ComplaintStatus.RECEIVED : ComplaintStatus.ACKNOWLEDGED;
        }
        if (age <= 30) {
            int draw = r.nextInt(100);
            return age <= 10 && draw < 5
                    ? ComplaintStatus.RECEIVED
                    : draw < 40
                            ? ComplaintStatus.ACKNOWLEDGED
                            : draw < 80 ? ComplaintStatus.QUALIFIED : ComplaintStatus.ASSIGNED;
        }
        int draw = r.nextInt(100);
        return draw < 3
                ? ComplaintStatus.ACKNOWLEDGED
                : draw < 12
                        ? ComplaintStatus.QUALIFIED
                        : draw < 35 ? ComplaintStatus.ASSIGNED : ComplaintStatus.UNDER_INSTRUCTION;
    }

    /**
     * The GDPR Art. 78(2) periods: the first from receipt; each information of the complainant
     * (mostly in time, sometimes late) meets the running period and starts the next; the closure
     * letter meets the last one. An open complaint keeps its last period running.
     */
    private void informations(ComplaintStory c, SplittableRandom r, LocalDate end, boolean open, String owner) {
        LocalDate start = c.receivedOn;
        String clockOwner = c.assignee != null ? c.assignee : c.timeline.get(0).actor();
        while (true) {
            LocalDate informed = start.plusDays(r.nextInt(10) == 0 ? 92 + r.nextInt(30) : 55 + r.nextInt(34));
            if (c.acknowledgedOn == null || !informed.isBefore(end) || informed.isAfter(today)) {
                long last = clock(c, INFORM, clockOwner, start, open ? null : end, null);
                c.informClockId = last;
                return;
            }
            if (informed.isBefore(c.acknowledgedOn)) {
                informed = c.acknowledgedOn;
            }
            clock(c, INFORM, clockOwner, start, informed, null);
            c.lastInformedOn = informed;
            c.timeline.add(entry(TimelineType.COMPLAINANT_INFORMED, informed, r, owner, null, "Instruction en cours"));
            c.letters.add(new Mail(LetterType.INFORMATION_OF_PROGRESS, informed, owner, "Instruction en cours"));
            start = informed;
        }
    }

    /**
     * A clock started on {@code start}: met on {@code endedOn}, else stopped on {@code stoppedOn}
     * (the complaint closed before the act), else running with its status as of today.
     */
    private long clock(
            ComplaintStory c,
            String policyCode,
            String owner,
            LocalDate start,
            LocalDate endedOn,
            LocalDate stoppedOn) {
        LocalDate[] dates = deadlines.get(policyCode).computeIfAbsent(start, day -> {
            LegalPolicy policy = policies.get(policyCode);
            LocalDate due = policy.computeDeadline(day, List.of(), 0, calendar).lastDay();
            return new LocalDate[] {due, policy.atRiskFrom(day, due)};
        });
        LocalDate due = dates[0];
        LocalDate atRisk = dates[1];
        String status;
        String outcome;
        LocalDate ended = endedOn;
        if (ended != null) {
            status = "MET";
            outcome = "MET";
        } else if (stoppedOn != null) {
            ended = stoppedOn;
            status = "STOPPED";
            outcome = "STOPPED";
        } else {
            outcome = "PENDING";
            status = today.isAfter(due) ? "BREACHED" : !today.isBefore(atRisk) ? "AT_RISK" : "RUNNING";
        }
        Clock clock = new Clock(
                nextClockId++,
                policyCode,
                policies.get(policyCode).version(),
                owner,
                start,
                due,
                atRisk,
                status,
                outcome,
                ended);
        c.clocks.add(clock);
        return clock.id();
    }

    private Entry entry(
            TimelineType type, LocalDate on, SplittableRandom r, String actor, String reason, String detail) {
        return new Entry(
                type,
                on.atTime(LocalTime.of(8 + r.nextInt(10), r.nextInt(60)))
                        .atZone(PARIS)
                        .toInstant(),
                actor,
                reason,
                detail);
    }

    private String pick(SplittableRandom r) {
        return handlers.get(r.nextInt(handlers.size()));
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z.]", "");
    }

    // ------------------------------------------------------------------ writing

    private Map<String, byte[]> write(List<ComplaintStory> batch) {
        Map<String, byte[]> tables = new java.util.LinkedHashMap<>();
        try (CopyBuffer out = new CopyBuffer(
                tables,
                "complaints.complaint",
                "id, reference, channel, received_on,"
                        + " received_at, complainant_name, complainant_email, complainant_address, organisation_name,"
                        + " organisation_country, organisation_identifier, organisation_siren, facts, people_affected, status,"
                        + " admissible, competent, cross_border, lead_authority, assignee, outcome, closed_on, acknowledged_on,"
                        + " last_informed_on, campaign, proposed_score, proposed_priority, proposed_reasons, priority,"
                        + " priority_decided_by, priority_override_reason, ack_clock_id, inform_clock_id, version, categories")) {
            for (ComplaintStory c : batch) {
                out.number(c.id)
                        .raw(c.reference)
                        .raw(c.channel)
                        .date(c.receivedOn)
                        .instant(c.receivedAt)
                        .text(c.complainantName)
                        .text(c.complainantEmail)
                        .text(c.complainantAddress)
                        .text(c.organisation.name())
                        .raw(c.organisation.country())
                        .raw(c.organisation.identifier())
                        .raw(c.organisation.siren())
                        .text(c.facts)
                        .number(c.peopleAffected)
                        .raw(c.status)
                        .bool(c.admissible)
                        .bool(c.competent)
                        .bool(c.crossBorder)
                        .raw(c.leadAuthority)
                        .text(c.assignee)
                        .raw(c.outcome)
                        .date(c.closedOn)
                        .date(c.acknowledgedOn)
                        .date(c.lastInformedOn)
                        .raw(c.campaign)
                        .number(c.proposed.score())
                        .raw(c.proposed.level())
                        .raw(c.proposed.reasons().stream()
                                .map(PriorityReason::encoded)
                                .collect(Collectors.joining(",")))
                        .raw(c.priority)
                        .text(c.priorityDecidedBy)
                        .text(c.priorityOverrideReason)
                        .number(c.ackClockId)
                        .number(c.informClockId)
                        .number(c.timeline.size() - 1L)
                        .raw(c.categories.stream()
                                .map(Category::name)
                                .sorted()
                                .collect(Collectors.joining(",", "{", "}")));
                out.endRow();
            }
        }
        try (CopyBuffer out = new CopyBuffer(tables, "complaints.complaint_category", "complaint_id, category")) {
            for (ComplaintStory c : batch) {
                for (Category category : c.categories) {
                    out.number(c.id).raw(category);
                    out.endRow();
                }
            }
        }
        try (CopyBuffer out = new CopyBuffer(
                tables, "complaints.timeline_entry", "complaint_id, type, occurred_at, actor, reason, detail")) {
            for (ComplaintStory c : batch) {
                for (Entry e : c.timeline) {
                    out.number(c.id)
                            .raw(e.type())
                            .instant(e.at())
                            .text(e.actor())
                            .text(e.reason())
                            .text(e.detail());
                    out.endRow();
                }
            }
            timelineRows += out.rows();
        }
        try (CopyBuffer out =
                new CopyBuffer(tables, "complaints.letter", "complaint_id, letter_type, sent_on, sent_by, summary")) {
            for (ComplaintStory c : batch) {
                for (Mail m : c.letters) {
                    out.number(c.id)
                            .raw(m.type())
                            .date(m.sentOn())
                            .text(m.sentBy())
                            .text(m.summary());
                    out.endRow();
                }
            }
            letterRows += out.rows();
        }
        try (CopyBuffer out = new CopyBuffer(
                tables,
                "complaints.information_request",
                "complaint_id, questions, sent_on, clock_id, answered_on, answer_summary")) {
            for (ComplaintStory c : batch) {
                for (Request q : c.requests) {
                    out.number(c.id)
                            .text(q.questions())
                            .date(q.sentOn())
                            .number(q.clockId())
                            .date(q.answeredOn())
                            .text(q.answer());
                    out.endRow();
                }
            }
            requestRows += out.rows();
        }
        try (CopyBuffer out = new CopyBuffer(
                tables, "complaints.clock_status", "clock_id, complaint_id, policy_code, state, due_date")) {
            for (ComplaintStory c : batch) {
                for (Clock k : c.clocks) {
                    out.number(k.id())
                            .number(c.id)
                            .raw(k.policy())
                            .raw(k.status())
                            .date(k.due());
                    out.endRow();
                }
            }
        }
        try (CopyBuffer out = new CopyBuffer(
                tables,
                "platform.clock",
                "id, case_ref, module, policy_code,"
                        + " policy_version, owner, start_event, opened_on, due_date, at_risk_from, status, suspended, outcome,"
                        + " ended_on, created_at, updated_at")) {
            for (ComplaintStory c : batch) {
                String caseRef = c.caseRef();
                for (Clock k : c.clocks) {
                    String created =
                            k.start().atTime(9, 0).atZone(PARIS).toInstant().toString();
                    String updated = (k.endedOn() == null ? k.start() : k.endedOn())
                            .atTime(9, 0)
                            .atZone(PARIS)
                            .toInstant()
                            .toString();
                    out.number(k.id())
                            .text(caseRef)
                            .raw("complaints")
                            .raw(k.policy())
                            .number(k.policyVersion())
                            .text(k.owner())
                            .date(k.start())
                            .date(k.start())
                            .date(k.due())
                            .date(k.atRiskFrom())
                            .raw(k.status())
                            .bool(false)
                            .raw(k.outcome())
                            .date(k.endedOn())
                            .raw(created)
                            .raw(updated);
                    out.endRow();
                }
            }
            clockRows += out.rows();
        }
        try (CopyBuffer out = new CopyBuffer(
                tables,
                "platform.clock_event",
                "clock_id, type, event_date, author," + " reason, due_date_after, status_after, recorded_at")) {
            for (ComplaintStory c : batch) {
                for (Clock k : c.clocks) {
                    out.number(k.id())
                            .raw("STARTED")
                            .date(k.start())
                            .text(k.owner())
                            .raw(null)
                            .date(k.due())
                            .raw("RUNNING")
                            .raw(k.start().atTime(9, 0).atZone(PARIS).toInstant());
                    out.endRow();
                    if (k.endedOn() != null) {
                        out.number(k.id())
                                .raw(k.outcome())
                                .date(k.endedOn())
                                .text(k.owner())
                                .text("MET".equals(k.outcome()) ? "Acte accompli" : "Plainte clôturée")
                                .date(k.due())
                                .raw(k.status())
                                .raw(k.endedOn().atTime(18, 0).atZone(PARIS).toInstant());
                        out.endRow();
                    }
                }
            }
            eventRows += out.rows();
        }
        return tables;
    }
}
