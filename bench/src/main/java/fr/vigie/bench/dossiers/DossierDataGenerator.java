package fr.vigie.bench.dossiers;

import fr.vigie.platform.clock.application.PolicyRegistry;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates research dossiers with consistent histories, for benchmarks and reports: each
 * dossier is lived from its submission day through its stages (completeness with or without an
 * incomplete round, committee for the national procedure, decision, data holder, making
 * available), with the durations of a real authority, and cut at {@link #TODAY}: recent dossiers
 * are in early stages, older ones done, and a tail of national dossiers authorised more than
 * 2.5 years ago still waits for its data (DOMAIN.md §4: 110 such requests in December 2023).
 * Every stage's legal clock is written to {@code platform.clock} (with its STARTED and, once
 * ended, MET event) and every stage to {@code dossiers.dossier_stage}, so the ADR 4 views and
 * {@code platform.report_clock} agree. Rows go in with PostgreSQL COPY.
 *
 * <p>Preconditions: the {@code platform} and {@code dossiers} schemas are migrated by their
 * Flyway scripts. The policy versions the clocks refer to are inserted if missing. Call
 * {@link #generate(Connection, int, long)} on an auto-commit or not connection; it commits
 * nothing itself when auto-commit is off.
 */
public final class DossierDataGenerator {
    /** The day the histories are cut at. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static final int CHUNK = 20_000;
    private static final String[] INSTRUCTORS = new String[40];
    private static final String[] ORGANISATIONS = {
        "Université de Lille",
        "CHU de Rennes",
        "Institut Curie",
        "Santé publique France",
        "Inserm",
        "AP-HP",
        "Université de Bordeaux",
        "CHU de Toulouse",
        "Hospices civils de Lyon",
        "Institut Pasteur",
        "Observatoire régional de santé",
        "Unicancer",
        "Laboratoire Exemple SAS",
        "Start-up Santé SAS"
    };

    static {
        for (int i = 0; i < INSTRUCTORS.length; i++) {
            INSTRUCTORS[i] = "instructor" + (i == 0 ? "" : String.valueOf(i));
        }
    }

    private final Connection connection;
    private final Random random;
    private final StringBuilder dossiers = new StringBuilder();
    private final StringBuilder stages = new StringBuilder();
    private final StringBuilder events = new StringBuilder();
    private final StringBuilder persons = new StringBuilder();
    private final StringBuilder declarations = new StringBuilder();
    private final StringBuilder clocks = new StringBuilder();
    private final StringBuilder clockEvents = new StringBuilder();
    private long dossierId;
    private long stageId;
    private long eventId;
    private long clockId;
    private long clockEventId;
    private long number;
    private int rows;

    private DossierDataGenerator(Connection connection, long seed) {
        this.connection = connection;
        this.random = new Random(seed);
    }

    /** What was generated. */
    public record Result(int dossiers, long stages, long events, long clocks, double seconds) {}

    /**
     * Generates {@code count} dossiers (references {@code DA-<year>-9xxxxx}, kept apart from
     * those the application numbers) with their stages, history and clocks.
     */
    public static Result generate(Connection connection, int count, long seed) throws SQLException {
        long started = System.nanoTime();
        ensurePolicies(connection);
        DossierDataGenerator g = new DossierDataGenerator(connection, seed);
        g.startIds();
        for (int i = 0; i < count; i++) {
            g.dossier();
            if (++g.rows % CHUNK == 0) {
                g.flush();
            }
        }
        g.flush();
        g.finishIds();
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE dossiers.dossier");
            s.execute("ANALYZE dossiers.dossier_stage");
            s.execute("ANALYZE dossiers.dossier_event");
            s.execute("ANALYZE platform.clock");
            s.execute("ANALYZE platform.clock_event");
        }
        return new Result(
                count,
                g.stageId - g.firstStage,
                g.eventId - g.firstEvent,
                g.clockId - g.firstClock,
                (System.nanoTime() - started) / 1e9);
    }

    private long firstStage;
    private long firstEvent;
    private long firstClock;

    /**
     * The version each clock runs under: the catalogue's current one, which {@link #ensurePolicies} inserts
     * and the application registers at start (a policy whose defaults were revised is at version 2 or
     * more, and a database filled by the application has no version 1 of it).
     */
    private static final Map<String, Integer> POLICY_VERSIONS = PolicyCatalogue.defaults().all().stream()
            .collect(java.util.stream.Collectors.toMap(LegalPolicy::code, LegalPolicy::version));

    /** Inserts the default policy versions that are not there yet (the clocks' foreign key). */
    public static void ensurePolicies(Connection c) throws SQLException {
        Properties file = PolicyCatalogue.defaultProperties();
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO platform.clock_policy_version (code, version, title, legal_source, period, definition,"
                        + " effective_from, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'generator') ON CONFLICT DO NOTHING")) {
            for (LegalPolicy policy : PolicyCatalogue.defaults().all()) {
                Map<String, String> attributes = PolicyRegistry.attributesOf(file, policy.code());
                insert.setString(1, policy.code());
                insert.setInt(2, policy.version());
                insert.setString(3, policy.title());
                insert.setString(4, policy.legalSource());
                insert.setString(5, attributes.get("period"));
                insert.setString(6, PolicyRegistry.definition(attributes));
                insert.setTimestamp(7, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
                insert.executeUpdate();
            }
        }
    }

    private void startIds() throws SQLException {
        dossierId = max("dossiers.dossier");
        stageId = max("dossiers.dossier_stage");
        eventId = max("dossiers.dossier_event");
        clockId = max("platform.clock");
        clockEventId = max("platform.clock_event");
        firstStage = stageId;
        firstEvent = eventId;
        firstClock = clockId;
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT COUNT(*) FROM dossiers.dossier WHERE reference LIKE 'DA-____-9%'")) {
            r.next();
            number = 900_000 + r.getLong(1);
        }
    }

    private long max(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void finishIds() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval('dossiers.dossier_id_seq', " + Math.max(1, dossierId) + ")");
            s.execute("SELECT setval('dossiers.dossier_stage_id_seq', " + Math.max(1, stageId) + ")");
            s.execute("SELECT setval('dossiers.dossier_event_id_seq', " + Math.max(1, eventId) + ")");
            s.execute("SELECT setval('platform.clock_id_seq', " + Math.max(1, clockId) + ")");
            s.execute("SELECT setval('platform.clock_event_id_seq', " + Math.max(1, clockEventId) + ")");
        }
    }

    // ------------------------------------------------------------------ one dossier's life

    private Void dossier() {
        long id = ++dossierId;
        double p = random.nextDouble();
        String procedure = p < 0.55 ? "NATIONAL" : p < 0.9 ? "EHDS_ACCESS_APPLICATION" : "EHDS_DATA_REQUEST";
        boolean national = "NATIONAL".equals(procedure);
        String dataForm =
                "EHDS_DATA_REQUEST".equals(procedure) || random.nextDouble() < 0.25 ? "ANONYMISED" : "PSEUDONYMISED";
        // Submissions over 4 years, more recent ones more frequent; a tail of old national dossiers stuck at the data
        // holder.
        boolean oldTail = national && random.nextDouble() < 0.04;
        int ageDays =
                oldTail ? 920 + random.nextInt(500) : (int) Math.min(1460, -Math.log(1 - random.nextDouble()) * 420);
        LocalDate submitted = TODAY.minusDays(ageDays);
        int year = submitted.getYear();
        String reference = String.format("DA-%04d-%06d", year, ++number);
        String caseRef = "dossiers:" + reference;
        String instructor = INSTRUCTORS[random.nextInt(INSTRUCTORS.length)];
        String organisation = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
        boolean publicBody = organisation.startsWith("Santé publique") || organisation.startsWith("Inserm");
        String siren = siren();

        Life life = new Life(id, caseRef, instructor);
        String status;
        LocalDate complete = null;
        LocalDate opinionOn = null;
        String opinion = null;
        LocalDate decisionOn = null;
        String decision = null;
        LocalDate deliveredOn = null;
        LocalDate availableOn = null;
        LocalDate closedOn = null;
        LocalDate stageDue = null;
        boolean extended = false;
        LocalDate publishedOn = null;

        life.event("CREATED", submitted.minusDays(random.nextInt(20)));
        life.event("SUBMITTED", submitted);
        // Completeness, with an incomplete round for one dossier in five.
        LocalDate day = submitted;
        life.stage("COMPLETENESS", day);
        status = "SUBMITTED";
        if (random.nextDouble() < 0.2) {
            LocalDate declared = day.plusDays(3 + random.nextInt(15));
            if (declared.isAfter(TODAY)) {
                return finish(
                        life,
                        id,
                        reference,
                        procedure,
                        dataForm,
                        "SUBMITTED",
                        instructor,
                        organisation,
                        siren,
                        publicBody,
                        submitted,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        day.plusDays(0),
                        false);
            }
            life.event("DECLARED_INCOMPLETE", declared);
            LocalDate completed = declared.plusDays(5 + random.nextInt(30));
            long completion = national
                    ? 0
                    : life.clock(
                            "EHDS_ART_67_COMPLETE_APPLICATION",
                            declared,
                            declared.plusWeeks(4),
                            completed.isAfter(TODAY) ? null : completed);
            if (completed.isAfter(TODAY)) {
                return finish(
                        life,
                        id,
                        reference,
                        procedure,
                        dataForm,
                        "INCOMPLETE",
                        instructor,
                        organisation,
                        siren,
                        publicBody,
                        submitted,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        completion == 0 ? null : declared.plusWeeks(4),
                        false);
            }
            life.event("RESUBMITTED", completed);
            day = completed;
        }
        LocalDate checked = day.plusDays(2 + random.nextInt(20));
        if (checked.isAfter(TODAY)) {
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    status,
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false);
        }
        complete = checked;
        life.endStage(checked);
        life.event("DECLARED_COMPLETE", checked);
        day = checked;
        long target = 0;
        if (!national) {
            life.target(
                    "ANONYMISED".equals(dataForm)
                            ? "EHDS_TARGET_ANONYMISED_ACCESS"
                            : "EHDS_TARGET_PSEUDONYMISED_ACCESS",
                    day,
                    day.plusMonths("ANONYMISED".equals(dataForm) ? 9 : 8));
        }

        if (national) {
            life.stage("COMMITTEE", day);
            boolean tacit = random.nextDouble() < 0.1;
            LocalDate opinionDue = day.plusMonths(1);
            LocalDate given = tacit ? opinionDue : day.plusDays(10 + random.nextInt(22));
            if (given.isAfter(TODAY)) {
                life.clock("NATIONAL_COMMITTEE_OPINION", day, opinionDue, null);
                return finish(
                        life,
                        id,
                        reference,
                        procedure,
                        dataForm,
                        "COMMITTEE_REVIEW",
                        instructor,
                        organisation,
                        siren,
                        publicBody,
                        submitted,
                        complete,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        opinionDue,
                        false);
            }
            life.clockEnded("NATIONAL_COMMITTEE_OPINION", day, opinionDue, given, tacit ? "STOPPED" : "MET");
            opinion = tacit
                    ? "TACIT_FAVOURABLE"
                    : random.nextDouble() < 0.8
                            ? "FAVOURABLE"
                            : random.nextDouble() < 0.5 ? "FAVOURABLE_WITH_RESERVATIONS" : "UNFAVOURABLE";
            opinionOn = given;
            life.event(tacit ? "TACIT_OPINION" : "OPINION_RECORDED", given);
            life.endStage(given);
            day = given;
        }

        // Decision.
        life.stage("DECISION", day);
        String decisionPolicy = national
                ? "NATIONAL_AUTHORISATION_DECISION"
                : "EHDS_DATA_REQUEST".equals(procedure)
                        ? "EHDS_ART_69_4_DATA_REQUEST_DECISION"
                        : "EHDS_ART_68_4_PERMIT_DECISION";
        LocalDate decisionDue = day.plusMonths(national ? 2 : 3);
        // A data request's 3 months are not extendable (Art. 69(4): 3 to assess, then 3 for the result).
        extended = !"EHDS_DATA_REQUEST".equals(procedure) && random.nextDouble() < 0.12;
        if (extended) {
            decisionDue = decisionDue.plusMonths(national ? 2 : 3);
        }
        int decisionDays = 15 + (int) Math.min(170, -Math.log(1 - random.nextDouble()) * (national ? 45 : 60));
        LocalDate decided = day.plusDays(decisionDays);
        if (random.nextDouble() < 0.04 && !decided.isAfter(TODAY)) {
            life.clockEnded(decisionPolicy, day, decisionDue, decided, "STOPPED");
            life.stopOpen(target, decided);
            life.endStage(decided);
            life.event("WITHDRAWN", decided);
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "WITHDRAWN",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    null,
                    null,
                    null,
                    null,
                    null,
                    decided,
                    null,
                    extended);
        }
        if (decided.isAfter(TODAY)) {
            life.clock(decisionPolicy, day, decisionDue, null);
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "DECISION_PENDING",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    decisionDue,
                    extended);
        }
        life.clockEnded(decisionPolicy, day, decisionDue, decided, "MET");
        life.endStage(decided);
        decisionOn = decided;
        boolean refused = random.nextDouble() < 0.08;
        decision = refused ? "REFUSED" : national && random.nextDouble() < 0.03 ? "TACIT_AUTHORISATION" : "GRANTED";
        life.event(refused ? "REFUSED" : "GRANTED", decided);
        if (!national) {
            LocalDate publishDue = decided.plusDays(42);
            LocalDate published = decided.plusDays(5 + random.nextInt(40));
            life.clock("EHDS_ART_57_1_J_PUBLICATION", decided, publishDue, published.isAfter(TODAY) ? null : published);
            publishedOn = published.isAfter(TODAY) ? null : published;
        } else {
            publishedOn = decided.plusDays(random.nextInt(30));
            publishedOn = publishedOn.isAfter(TODAY) ? null : publishedOn;
        }
        if (refused) {
            life.stopOpen(target, decided);
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "REFUSED",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    decision,
                    decisionOn,
                    publishedOn,
                    null,
                    null,
                    decided,
                    null,
                    extended);
        }

        // Data holder: 10-12 months in the national practice, 3 (+3) months under the EHDS; the old tail never ends.
        life.stage("DATA_HOLDER", decided);
        LocalDate deliveryDue = decided.plusMonths(3);
        int holderDays = national
                ? 180 + (int) (-Math.log(1 - random.nextDouble()) * 150)
                : 30 + (int) Math.min(300, -Math.log(1 - random.nextDouble()) * 70);
        LocalDate delivered = oldTail ? TODAY.plusDays(1) : decided.plusDays(holderDays);
        if (delivered.isAfter(TODAY)) {
            if (!national) {
                life.clock("EHDS_ART_60_2_DATA_HOLDER_DELIVERY", decided, deliveryDue, null);
            }
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "DATA_PREPARATION",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    decision,
                    decisionOn,
                    publishedOn,
                    null,
                    null,
                    null,
                    national ? null : deliveryDue,
                    extended);
        }
        if (national) {
            life.endStage(delivered);
            life.event("DATA_AVAILABLE", delivered);
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "DATA_AVAILABLE",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    decision,
                    decisionOn,
                    publishedOn,
                    null,
                    delivered,
                    null,
                    null,
                    extended);
        }
        life.clockEnded("EHDS_ART_60_2_DATA_HOLDER_DELIVERY", decided, deliveryDue, delivered, "MET");
        life.endStage(delivered);
        life.event("DATA_DELIVERED", delivered);
        deliveredOn = delivered;
        life.stage("AVAILABILITY", delivered);
        // The last step: data made available (Art. 68(7), 2 months) or a data request's result (Art. 69(4), 3).
        boolean dataRequest = "EHDS_DATA_REQUEST".equals(procedure);
        String lastStep = dataRequest ? "EHDS_ART_69_4_DATA_REQUEST_RESULT" : "EHDS_ART_68_7_DATA_AVAILABILITY";
        LocalDate availabilityDue = delivered.plusMonths(dataRequest ? 3 : 2);
        LocalDate available = delivered.plusDays(7 + random.nextInt(70));
        if (available.isAfter(TODAY)) {
            life.clock(lastStep, delivered, availabilityDue, null);
            return finish(
                    life,
                    id,
                    reference,
                    procedure,
                    dataForm,
                    "DATA_DELIVERED",
                    instructor,
                    organisation,
                    siren,
                    publicBody,
                    submitted,
                    complete,
                    opinion,
                    opinionOn,
                    decision,
                    decisionOn,
                    publishedOn,
                    deliveredOn,
                    null,
                    null,
                    availabilityDue,
                    extended);
        }
        life.clockEnded(lastStep, delivered, availabilityDue, available, "MET");
        life.meetOpen(target, available);
        life.endStage(available);
        life.event("DATA_AVAILABLE", available);
        availableOn = available;
        return finish(
                life,
                id,
                reference,
                procedure,
                dataForm,
                "DATA_AVAILABLE",
                instructor,
                organisation,
                siren,
                publicBody,
                submitted,
                complete,
                opinion,
                opinionOn,
                decision,
                decisionOn,
                publishedOn,
                deliveredOn,
                availableOn,
                closedOn,
                null,
                extended);
    }

    private Void finish(
            Life life,
            long id,
            String reference,
            String procedure,
            String dataForm,
            String status,
            String instructor,
            String organisation,
            String siren,
            boolean publicBody,
            LocalDate submitted,
            LocalDate complete,
            String opinion,
            LocalDate opinionOn,
            String decision,
            LocalDate decisionOn,
            LocalDate publishedOn,
            LocalDate deliveredOn,
            LocalDate availableOn,
            LocalDate closedOn,
            LocalDate stageDue,
            boolean extended) {
        life.flushOpenStage();
        LocalDate targetOn = life.targetPolicy == null ? null : life.targetDue;
        life.flushTarget();
        boolean authorised = decision != null && !"REFUSED".equals(decision);
        LocalDate expires = authorised ? decisionOn.plusMonths(12 + random.nextInt(60)) : null;
        String purpose = publicBody && random.nextBoolean()
                ? "A_PUBLIC_HEALTH"
                : random.nextDouble() < 0.8 ? "E_SCIENTIFIC_RESEARCH" : "F_CARE_IMPROVEMENT";
        row(
                dossiers,
                id,
                reference,
                procedure,
                status,
                instructor,
                "Projet de recherche " + reference,
                organisation,
                "FR",
                siren,
                publicBody,
                "Dr " + reference.substring(8),
                purpose,
                "Étude des parcours de soins et de leurs effets sur la santé des patients",
                "SNDS (DCIR, PMSI)",
                "Consommations de soins, séjours",
                dataForm,
                "PSEUDONYMISED".equals(dataForm) ? "Chaînage des parcours" : null,
                "Avis favorable du comité d'éthique",
                12 + random.nextInt(60),
                "CASD",
                null,
                null,
                null,
                submitted.minusDays(5),
                submitted,
                complete,
                false,
                opinion,
                opinionOn,
                null,
                decision,
                decisionOn,
                "REFUSED".equals(decision) ? "Finalité non couverte par l'art. 53" : null,
                extended,
                publishedOn,
                authorised ? decisionOn : null,
                expires,
                null,
                null,
                false,
                deliveredOn,
                availableOn,
                null,
                closedOn,
                stageDue,
                complete != null ? complete : submitted,
                targetOn,
                0);
        row(persons, id, 0, "Chercheur " + reference.substring(8) + " A");
        row(persons, id, 1, "Chercheur " + reference.substring(8) + " B");
        for (String use : new String[] {
            "A_DETRIMENTAL_DECISIONS",
            "B_INSURANCE_AND_EMPLOYMENT",
            "C_ADVERTISING",
            "D_HARMFUL_PRODUCTS",
            "E_UNETHICAL_ACTIVITIES"
        }) {
            row(declarations, id, use);
        }
        return null;
    }

    private String siren() {
        String body = String.format("%08d", 10_000_000 + random.nextInt(89_999_999));
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = candidate.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** The rows of one dossier's stages, events and clocks. */
    private final class Life {
        private final long dossier;
        private final String caseRef;
        private final String owner;
        private long openStage;
        private LocalDate openStageStart;
        private String openStageName;
        private int openStageOrder;

        Life(long dossier, String caseRef, String owner) {
            this.dossier = dossier;
            this.caseRef = caseRef;
            this.owner = owner;
        }

        void stage(String name, LocalDate from) {
            openStage = ++stageId;
            openStageStart = from;
            openStageName = name;
            openStageOrder = switch (name) {
                case "COMPLETENESS" -> 1;
                case "COMMITTEE" -> 2;
                case "DECISION" -> 3;
                case "DATA_HOLDER" -> 4;
                default -> 5;
            };
        }

        void endStage(LocalDate on) {
            row(stages, openStage, dossier, openStageName, openStageOrder, openStageStart, on);
            openStage = 0;
        }

        private String targetPolicy;
        private LocalDate targetStart;
        private LocalDate targetDue;
        private LocalDate targetEnd;
        private String targetHow;

        /** The overall target clock: written when the dossier's life is known, met or stopped or still open. */
        void target(String policy, LocalDate start, LocalDate due) {
            targetPolicy = policy;
            targetStart = start;
            targetDue = due;
        }

        void flushTarget() {
            if (targetPolicy == null) {
                return;
            }
            if (targetEnd == null) {
                clockOpen(targetPolicy, targetStart, targetDue);
            } else {
                clockEnded(targetPolicy, targetStart, targetDue, targetEnd, targetHow);
            }
            targetPolicy = null;
        }

        void flushOpenStage() {
            if (openStage != 0) {
                row(stages, openStage, dossier, openStageName, openStageOrder, openStageStart, null);
                openStage = 0;
            }
        }

        void event(String type, LocalDate on) {
            row(events, ++eventId, dossier, type, on.atTime(10, 0) + ":00+01", owner, null, null);
        }

        /** A clock started on {@code start}, due {@code due}, met on {@code metOn} (or open when null). */
        long clock(String policy, LocalDate start, LocalDate due, LocalDate metOn) {
            return metOn == null ? clockOpen(policy, start, due) : clockEnded(policy, start, due, metOn, "MET");
        }

        long clockOpen(String policy, LocalDate start, LocalDate due) {
            LocalDate atRisk = due.minusDays(java.time.temporal.ChronoUnit.DAYS.between(start, due) > 40 ? 18 : 10);
            if (atRisk.isBefore(start)) {
                atRisk = start;
            }
            String status = TODAY.isAfter(due) ? "BREACHED" : !TODAY.isBefore(atRisk) ? "AT_RISK" : "RUNNING";
            long id = ++clockId;
            row(
                    clocks,
                    id,
                    caseRef,
                    "dossiers",
                    policy,
                    POLICY_VERSIONS.get(policy),
                    owner,
                    start,
                    start,
                    due,
                    atRisk,
                    status,
                    false,
                    "PENDING",
                    null,
                    0,
                    start.atTime(9, 0) + ":00+01",
                    start.atTime(9, 0) + ":00+01",
                    0);
            row(
                    clockEvents,
                    ++clockEventId,
                    id,
                    "STARTED",
                    start,
                    owner,
                    null,
                    null,
                    null,
                    due,
                    "RUNNING",
                    start.atTime(9, 0) + ":00+01");
            return id;
        }

        long clockEnded(String policy, LocalDate start, LocalDate due, LocalDate on, String how) {
            LocalDate atRisk = due.minusDays(10).isBefore(start) ? start : due.minusDays(10);
            long id = ++clockId;
            row(
                    clocks,
                    id,
                    caseRef,
                    "dossiers",
                    policy,
                    POLICY_VERSIONS.get(policy),
                    owner,
                    start,
                    start,
                    due,
                    atRisk,
                    how,
                    false,
                    how,
                    on,
                    0,
                    start.atTime(9, 0) + ":00+01",
                    on.atTime(9, 0) + ":00+01",
                    1);
            row(
                    clockEvents,
                    ++clockEventId,
                    id,
                    "STARTED",
                    start,
                    owner,
                    null,
                    null,
                    null,
                    due,
                    "RUNNING",
                    start.atTime(9, 0) + ":00+01");
            row(
                    clockEvents,
                    ++clockEventId,
                    id,
                    how,
                    on,
                    owner,
                    null,
                    null,
                    null,
                    due,
                    how,
                    on.atTime(9, 0) + ":00+01");
            return id;
        }

        /** The target is reached (data available). */
        void meetOpen(long unused, LocalDate on) {
            targetEnd = on;
            targetHow = "MET";
        }

        /** The target no longer applies (refusal, withdrawal). */
        void stopOpen(long unused, LocalDate on) {
            targetEnd = on;
            targetHow = "STOPPED";
        }
    }

    // ------------------------------------------------------------------ COPY

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.isEmpty()) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append('\n');
    }

    private void flush() throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy(
                    "dossiers.dossier (id, reference, procedure, status, instructor, title, organisation_name,"
                            + " organisation_country, siren, public_body, principal_investigator, purpose, purpose_description,"
                            + " data_sources, data_categories, data_form, data_form_justification, ethics_assessment,"
                            + " requested_months, processing_environment, fee_amount, fee_currency, fee_accepted, created_on,"
                            + " submitted_on, complete_on, accelerated, opinion, opinion_on, opinion_text, decision, decision_on,"
                            + " decision_reasons, decision_extended, decision_published_on, permit_issued_on, permit_expires_on,"
                            + " permit_conditions, permit_document, permit_extended, delivered_on, available_on, expired_on,"
                            + " closed_on, stage_due_on, received_on, target_on, version)",
                    dossiers,
                    copy);
            copy("dossiers.named_person (dossier_id, position, name)", persons, copy);
            copy("dossiers.declaration (dossier_id, prohibited_use)", declarations, copy);
            copy("dossiers.dossier_stage (id, dossier_id, stage, stage_order, started_on, ended_on)", stages, copy);
            copy("dossiers.dossier_event (id, dossier_id, type, occurred_at, actor, reason, detail)", events, copy);
            copy(
                    "platform.clock (id, case_ref, module, policy_code, policy_version, owner, start_event, opened_on,"
                            + " due_date, at_risk_from, status, suspended, outcome, ended_on, extension_count, created_at,"
                            + " updated_at, version)",
                    clocks,
                    copy);
            copy(
                    "platform.clock_event (id, clock_id, type, event_date, author, reason, amount, unit, due_date_after,"
                            + " status_after, recorded_at)",
                    clockEvents,
                    copy);
        } catch (IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    private static void copy(String target, StringBuilder rows, CopyManager copy) throws SQLException, IOException {
        if (rows.length() > 0) {
            copy.copyIn("COPY " + target + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }
}
