package fr.vigie.bench.reporting;

import fr.vigie.bench.complaints.ComplaintFates;
import fr.vigie.bench.complaints.Organisations;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityAssessment;
import fr.vigie.complaints.domain.PriorityReason;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes the histories of complaints as the complaints module stores them, as rows of PostgreSQL's
 * binary COPY format for its real tables ({@code complaints.complaint}, {@code complaint_category},
 * {@code timeline_entry}, {@code letter}, {@code clock_status}) and the platform's
 * ({@code platform.clock}, {@code clock_event}): the rows the module's reporting views and screens
 * read, with the acts in order and the clocks agreeing with them.
 *
 * <p>A complaint: received over the ten years before today, more of them recently; acknowledged,
 * qualified, assigned to a handler, instructed, the complainant informed every two or three months
 * (sometimes late), closed with an outcome; the long-closed ones all closed, recent ones at every
 * stage, a few hard cases open for years. Clocks: the acknowledgement and each GDPR Art. 78(2)
 * period, due dates by the platform's engine and policies, status as of today. Organisations: a pool
 * with a heavy tail (valid SIREN checksums; some foreign without SIREN). Texts are short (the facts
 * have trigram and full-text indexes, whose build time is part of the load). Deterministic: a
 * complaint's story depends on the seed and its index only.
 *
 * <p>Not written (no report reads them): requests for information, links, stored letter PDFs,
 * audit entries.
 */
final class ComplaintHistories {
    static final String ACK = "COMPLAINT_ACKNOWLEDGEMENT";
    static final String INFORM = "GDPR_ART_78_2_INFORM_COMPLAINANT";
    /** First number of the yearly references: the application numbers from 1, the generator above 500,000. */
    static final int FIRST_NUMBER = 500_001;

    private static final int YEARS = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] FIRST = {
        "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Hugo", "Lucas", "Louis", "Nathan",
        "Arthur", "Jules", "Thomas", "Paul", "Julie", "Marie", "Karim", "Yasmine", "Fatou"
    };
    private static final String[] LAST = {
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
        "Diallo",
        "Nguyen"
    };
    private static final String[] SECTORS = {
        "Télécom",
        "Banque",
        "Assurances",
        "Mutuelle",
        "Clinique",
        "Transports",
        "Énergie",
        "Immobilier",
        "Distribution",
        "Média",
        "Éditions",
        "Logiciels",
        "Voyages",
        "Formation",
        "Sécurité"
    };
    private static final String[] NAMES = {
        "Horizon",
        "Atlantique",
        "Lumière",
        "Azur",
        "Boréal",
        "Cristal",
        "Delta",
        "Étoile",
        "Faubourg",
        "Granit",
        "Hexagone",
        "Iris",
        "Jasmin",
        "Kappa",
        "Loire",
        "Meridien",
        "Nova",
        "Opale"
    };
    private static final String[] FORMS = {"SAS", "SA", "SARL", "SCOP", "GIE"};
    private static final String[] FOREIGN = {"IE", "NL", "LU", "DE", "US"};
    private static final Map<Category, String[]> FACTS = new java.util.EnumMap<>(Category.class);
    private static final Category[] CATEGORY_DRAW;

    static {
        FACTS.put(Category.MARKETING, new String[] {
            "SMS publicitaires de %s sans consentement, malgré deux refus.",
            "Appels commerciaux répétés de %s après opposition."
        });
        FACTS.put(Category.ACCESS_RIGHT, new String[] {
            "Demande d'accès à mes données restée sans réponse chez %s.",
            "%s refuse de me communiquer les données me concernant."
        });
        FACTS.put(Category.ERASURE_RIGHT, new String[] {
            "%s conserve mon compte malgré ma demande d'effacement.",
            "Mes données sont toujours publiées par %s après effacement demandé."
        });
        FACTS.put(Category.VIDEO_SURVEILLANCE, new String[] {"Caméra de %s filmant la voie publique et mon domicile."});
        FACTS.put(Category.EMPLOYMENT, new String[] {
            "Mon employeur %s contrôle mes courriels personnels.", "Géolocalisation permanente des salariés chez %s."
        });
        FACTS.put(Category.HEALTH_DATA, new String[] {"Données de santé transmises par %s à un tiers sans accord."});
        FACTS.put(Category.BANKING_AND_CREDIT, new String[] {"Inscription injustifiée au fichier d'incidents par %s."});
        FACTS.put(Category.SECURITY_BREACH, new String[] {"Fuite de données chez %s, clients non informés."});
        FACTS.put(Category.MINORS, new String[] {"Compte de mon enfant mineur créé chez %s sans autorisation."});
        FACTS.put(
                Category.ARTIFICIAL_INTELLIGENCE,
                new String[] {"Décision automatisée de %s sans intervention humaine."});
        FACTS.put(Category.OTHER, new String[] {"Traitement de mes données par %s sans information préalable."});
        Map<Category, Integer> weights = Map.ofEntries(
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
                Map.entry(Category.OTHER, 2));
        List<Category> draw = new ArrayList<>();
        weights.forEach((c, w) -> {
            for (int i = 0; i < w; i++) {
                draw.add(c);
            }
        });
        draw.sort(null);
        CATEGORY_DRAW = draw.toArray(Category[]::new);
    }

    /** The rows of one batch, per table, in binary COPY format. */
    static final class Batch {
        final BinaryCopyRows complaints = new BinaryCopyRows(1 << 21);
        final BinaryCopyRows categories = new BinaryCopyRows(1 << 18);
        final BinaryCopyRows timeline = new BinaryCopyRows(1 << 22);
        final BinaryCopyRows letters = new BinaryCopyRows(1 << 21);
        final BinaryCopyRows clockStatus = new BinaryCopyRows(1 << 20);
        final BinaryCopyRows clocks = new BinaryCopyRows(1 << 22);
        final BinaryCopyRows clockEvents = new BinaryCopyRows(1 << 22);

        /** Empties the batch for reuse (keeps the buffers' capacity). */
        Batch clear() {
            for (BinaryCopyRows rows :
                    List.of(complaints, categories, timeline, letters, clockStatus, clocks, clockEvents)) {
                rows.clear();
            }
            return this;
        }
    }

    static final String COMPLAINT_COLUMNS = "id, reference, channel, received_on, received_at, complainant_name,"
            + " complainant_email, organisation_name, organisation_country, organisation_identifier, organisation_siren,"
            + " facts, people_affected, status, admissible, competent, cross_border, lead_authority, assignee, outcome,"
            + " closed_on, acknowledged_on, last_informed_on, proposed_score, proposed_priority, proposed_reasons,"
            + " priority, priority_decided_by, ack_clock_id, inform_clock_id, version, categories";
    static final String TIMELINE_COLUMNS = "id, complaint_id, type, occurred_at, actor, reason, detail";
    static final String LETTER_COLUMNS = "id, complaint_id, letter_type, sent_on, sent_by, summary";
    static final String CLOCK_STATUS_COLUMNS = "clock_id, complaint_id, policy_code, state, due_date";
    static final String CLOCK_COLUMNS =
            "id, case_ref, module, policy_code, policy_version, owner, start_event, opened_on,"
                    + " due_date, at_risk_from, status, suspended, outcome, ended_on, created_at, updated_at";
    static final String CLOCK_EVENT_COLUMNS =
            "id, clock_id, type, event_date, author, reason, due_date_after, status_after," + " recorded_at";

    private final int count;
    private final long seed;
    private final LocalDate today;
    private final List<String> handlers;
    private final int organisations;
    private final HolidayCalendar calendar = AdjustedHolidayCalendar.frenchDefaults();
    private final Map<String, LegalPolicy> policies = new HashMap<>();
    private final Map<String, Map<LocalDate, LocalDate[]>> deadlines = new HashMap<>();
    private final Map<Integer, Integer> numbers = new HashMap<>();
    private final Ids ids;
    /** Paris's offset from UTC on each day, in seconds (the stamps are Paris office hours). */
    private final long firstDay;

    private final int[] offsetSeconds;

    /** The next ids of the tables written (explicit, so that several loads can run side by side). */
    static final class Ids {
        long complaint;
        long timeline;
        long letter;
        long clock;
        long clockEvent;

        Ids(long complaint, long timeline, long letter, long clock, long clockEvent) {
            this.complaint = complaint;
            this.timeline = timeline;
            this.letter = letter;
            this.clock = clock;
            this.clockEvent = clockEvent;
        }
    }

    ComplaintHistories(int count, long seed, LocalDate today, List<String> handlers, Ids ids) {
        this.count = count;
        this.seed = seed;
        this.today = today;
        this.handlers = List.copyOf(handlers);
        this.organisations = Math.max(200, count / 25);
        this.ids = ids;
        this.firstDay = today.minusYears(YEARS + 1).toEpochDay();
        int days = (int) (today.plusYears(2).toEpochDay() - firstDay);
        this.offsetSeconds = new int[days];
        for (int d = 0; d < days; d++) {
            offsetSeconds[d] = PARIS.getRules()
                    .getOffset(LocalDate.ofEpochDay(firstDay + d).atTime(12, 0))
                    .getTotalSeconds();
        }
        PolicyCatalogue catalogue = PolicyCatalogue.defaults();
        for (String code : List.of(ACK, INFORM)) {
            policies.put(code, catalogue.policy(code));
            deadlines.put(code, new HashMap<>());
        }
    }

    /** Policy versions the clocks run under. */
    Map<String, Integer> policyVersions() {
        return policies.values().stream().collect(Collectors.toMap(LegalPolicy::code, LegalPolicy::version));
    }

    /** The last yearly numbers given, for the module's numbering table. */
    Map<Integer, Integer> lastNumbers() {
        return Map.copyOf(numbers);
    }

    /** Appends complaints {@code first} (inclusive) to {@code last} (exclusive) to the batch; indexes must grow. */
    void write(int first, int last, Batch b) {
        for (int i = first; i < last; i++) {
            complaint(i, b);
        }
    }

    private void complaint(int index, Batch b) {
        SplittableRandom r = new SplittableRandom(seed ^ (index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL));
        long id = ids.complaint++;
        int span = YEARS * 365;
        int dayOffset = (int) Math.min(span, span * Math.pow((index + r.nextDouble()) / count, 1 / 1.5));
        LocalDate received = today.minusDays(span - dayOffset);
        long age = ChronoUnit.DAYS.between(received, today);
        int year = received.getYear();
        int number = numbers.merge(year, FIRST_NUMBER, (old, one) -> old + 1);
        String reference = String.format("PL-%04d-%06d", year, number);
        String caseRef = "complaints:" + reference;
        int channelDraw = r.nextInt(100);
        String channel = channelDraw < 75 ? "WEB_FORM" : channelDraw < 93 ? "MAIL" : "STAFF_INTAKE";

        // Organisation: heavy tail (the first ranks receive a large share), 6 % foreign without SIREN.
        int rank = (int) (organisations * Math.pow(r.nextDouble(), 2.6));
        boolean foreign = rank % 17 == 5;
        String organisation = organisationName(rank);
        String country = foreign ? FOREIGN[rank % FOREIGN.length] : "FR";
        String siren = foreign ? null : siren(rank);
        String identifier = siren == null ? null : rank % 3 == 0 ? siret(siren, rank) : siren;

        Category main = CATEGORY_DRAW[r.nextInt(CATEGORY_DRAW.length)];
        Set<Category> categories = EnumSet.of(main);
        if (r.nextInt(4) == 0) {
            categories.add(CATEGORY_DRAW[r.nextInt(CATEGORY_DRAW.length)]);
        }
        String[] templates = FACTS.get(main);
        String facts = String.format(templates[r.nextInt(templates.length)], organisation);
        int peopleDraw = r.nextInt(100);
        int people = peopleDraw < 85 ? 1 : peopleDraw < 96 ? 2 + r.nextInt(98) : 100 + r.nextInt(5000);
        PriorityAssessment proposed =
                PriorityRules.assess(categories, people, siren == null ? 0 : Math.max(1, 400 / (rank + 1)));

        // How far it went: old complaints are closed; open ones are recent, plus a tail of hard cases.
        boolean open = ComplaintFates.staysOpen(r, age);
        Outcome outcome = null;
        int stages;
        if (open) {
            stages = openStages(r, age);
        } else {
            outcome = ComplaintFates.closingOutcome(r, foreign);
            stages = outcome.judgesTheMerits() ? 4 : 2;
        }
        ComplaintFates.Acts acts = ComplaintFates.actDays(r, received, age, outcome, stages);
        LocalDate[] on = acts.on();
        LocalDate endDate = acts.last();
        String owner = handlers.get(r.nextInt(handlers.size()));
        String intake = "STAFF_INTAKE".equals(channel) ? owner : "portail";
        String assignee = stages >= 3 ? owner : null;

        timeline(b, id, "RECEIVED", received, r, intake, null, channel);
        LocalDate acknowledged = stages >= 1 ? on[1] : null;
        long ackClock = clock(
                b, id, caseRef, ACK, intake, received, acknowledged, open || acknowledged != null ? null : endDate);
        if (stages >= 1) {
            timeline(b, id, "ACKNOWLEDGED", on[1], r, owner, null, null);
            letter(b, id, "ACKNOWLEDGEMENT", on[1], owner, null);
        }
        Boolean crossBorder = null;
        String lead = null;
        if (stages >= 2) {
            boolean transfer = outcome == Outcome.TRANSFERRED_TO_LEAD_AUTHORITY;
            crossBorder = transfer || r.nextInt(50) == 0;
            lead = transfer ? (foreign && !"US".equals(country) ? country : "IE") : crossBorder ? "FR" : null;
            timeline(
                    b,
                    id,
                    "QUALIFIED",
                    on[2],
                    r,
                    owner,
                    outcome == Outcome.INADMISSIBLE ? "Faits hors du champ du RGPD" : "Plainte recevable",
                    null);
        }
        String priority = null;
        if (stages >= 3) {
            timeline(b, id, "ASSIGNED", on[3], r, "chef.plaintes", "Répartition hebdomadaire", owner);
            priority = proposed.level().name();
            timeline(b, id, "PRIORITY_DECIDED", on[3], r, owner, null, priority);
        }
        if (stages >= 4) {
            timeline(b, id, "INSTRUCTION_STARTED", on[4], r, owner, null, null);
        }
        // GDPR Art. 78(2): each information meets the running period and starts the next.
        LocalDate start = received;
        LocalDate lastInformed = null;
        String clockOwner = assignee != null ? assignee : intake;
        long informClock;
        while (true) {
            LocalDate informed = start.plusDays(r.nextInt(10) == 0 ? 92 + r.nextInt(40) : 50 + r.nextInt(38));
            if (acknowledged == null || !informed.isBefore(endDate) || informed.isAfter(today)) {
                informClock = clock(b, id, caseRef, INFORM, clockOwner, start, open ? null : endDate, null);
                break;
            }
            if (informed.isBefore(acknowledged)) {
                informed = acknowledged;
            }
            clock(b, id, caseRef, INFORM, clockOwner, start, informed, null);
            timeline(b, id, "COMPLAINANT_INFORMED", informed, r, owner, null, "Instruction en cours");
            letter(b, id, "INFORMATION_OF_PROGRESS", informed, owner, "Instruction en cours");
            lastInformed = informed;
            start = informed;
        }
        String status;
        if (!open) {
            status = "CLOSED";
            lastInformed = endDate;
            timeline(b, id, "CLOSED", endDate, r, owner, "Instruction terminée", outcome.name());
            letter(b, id, "CLOSURE", endDate, owner, outcome.name());
        } else {
            status = switch (stages) {
                case 0 -> "RECEIVED";
                case 1 -> "ACKNOWLEDGED";
                case 2 -> "QUALIFIED";
                case 3 -> "ASSIGNED";
                default -> "UNDER_INSTRUCTION";
            };
        }
        for (Category category : categories) {
            b.categories.row().int8(id).text(category.name()).end();
        }
        BinaryCopyRows c = b.complaints.row();
        c.int8(id)
                .text(reference)
                .text(channel)
                .date(received.toEpochDay())
                .timestamp(instant(received, 7 + r.nextInt(14), r.nextInt(60)));
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        c.text(first + ' ' + last).text(r.nextInt(10) < 8 ? "p" + id + "@example.fr" : null);
        c.text(organisation)
                .text(country)
                .text(identifier)
                .text(siren)
                .text(facts)
                .int4(people)
                .text(status);
        c.bool(stages >= 2 ? outcome != Outcome.INADMISSIBLE : null)
                .bool(stages >= 2 ? Boolean.TRUE : null)
                .bool(crossBorder);
        c.text(lead).text(assignee).text(outcome == null ? null : outcome.name());
        date(c, open ? null : endDate);
        date(c, acknowledged);
        date(c, lastInformed);
        c.int4(proposed.score()).text(proposed.level().name());
        String reasons =
                proposed.reasons().stream().map(PriorityReason::encoded).collect(Collectors.joining(","));
        c.text(reasons.isEmpty() ? null : reasons).text(priority).text(priority == null ? null : owner);
        c.int8(ackClock).int8(informClock).int8(0);
        // The array the work lists filter on: the module's trigger keeps it equal to complaint_category,
        // but a bulk load skips triggers (session_replication_role = replica), so it is written here,
        // sorted by name as the trigger's array_agg(... ORDER BY category).
        c.textArray(categories.stream().map(Category::name).sorted().toList());
        c.end();
    }

    private static int openStages(SplittableRandom r, long age) {
        if (age <= 3) {
            return r.nextInt(10) < 7 ? 0 : 1;
        }
        int draw = r.nextInt(100);
        if (age <= 30) {
            return age <= 10 && draw < 5 ? 0 : draw < 40 ? 1 : draw < 80 ? 2 : 3;
        }
        return draw < 3 ? 1 : draw < 12 ? 2 : draw < 35 ? 3 : 4;
    }

    private void timeline(
            Batch b,
            long complaint,
            String type,
            LocalDate day,
            SplittableRandom r,
            String actor,
            String reason,
            String detail) {
        b.timeline
                .row()
                .int8(ids.timeline++)
                .int8(complaint)
                .text(type)
                .timestamp(instant(day, 8 + r.nextInt(10), r.nextInt(60)))
                .text(actor)
                .text(reason)
                .text(detail)
                .end();
    }

    private void letter(Batch b, long complaint, String type, LocalDate day, String sentBy, String summary) {
        b.letters
                .row()
                .int8(ids.letter++)
                .int8(complaint)
                .text(type)
                .date(day.toEpochDay())
                .text(sentBy)
                .text(summary)
                .end();
    }

    /** A clock started on {@code start}: met on {@code met}, else stopped on {@code stopped}, else running. */
    private long clock(
            Batch b,
            long complaint,
            String caseRef,
            String code,
            String owner,
            LocalDate start,
            LocalDate met,
            LocalDate stopped) {
        LegalPolicy policy = policies.get(code);
        LocalDate[] dates = deadlines.get(code).computeIfAbsent(start, day -> {
            LocalDate due = policy.lastDay(day, List.of(), 0, calendar);
            return new LocalDate[] {due, policy.atRiskFrom(day, due)};
        });
        LocalDate due = dates[0];
        LocalDate atRisk = dates[1];
        LocalDate ended = met != null ? met : stopped;
        String outcome = met != null ? "MET" : stopped != null ? "STOPPED" : "PENDING";
        String status = met != null
                ? "MET"
                : stopped != null
                        ? "STOPPED"
                        : today.isAfter(due) ? "BREACHED" : !today.isBefore(atRisk) ? "AT_RISK" : "RUNNING";
        long id = ids.clock++;
        BinaryCopyRows k = b.clocks.row();
        k.int8(id)
                .text(caseRef)
                .text("complaints")
                .text(code)
                .int4(policy.version())
                .text(owner)
                .date(start.toEpochDay())
                .date(start.toEpochDay())
                .date(due.toEpochDay())
                .date(atRisk.toEpochDay())
                .text(status)
                .bool(false)
                .text(outcome);
        date(k, ended);
        k.timestamp(instant(start, 9, 0))
                .timestamp(instant(ended == null ? start : ended, 9, 0))
                .end();
        b.clockStatus
                .row()
                .int8(id)
                .int8(complaint)
                .text(code)
                .text(status)
                .date(due.toEpochDay())
                .end();
        b.clockEvents
                .row()
                .int8(ids.clockEvent++)
                .int8(id)
                .text("STARTED")
                .date(start.toEpochDay())
                .text(owner)
                .nul()
                .date(due.toEpochDay())
                .text("RUNNING")
                .timestamp(instant(start, 9, 0))
                .end();
        if (ended != null) {
            b.clockEvents
                    .row()
                    .int8(ids.clockEvent++)
                    .int8(id)
                    .text(outcome)
                    .date(ended.toEpochDay())
                    .text(owner)
                    .text(met != null ? "Acte accompli" : "Plainte clôturée")
                    .date(due.toEpochDay())
                    .text(status)
                    .timestamp(instant(ended, 18, 0))
                    .end();
        }
        return id;
    }

    /** Seconds since the epoch of a Paris office time on {@code day}. */
    private long instant(LocalDate day, int hour, int minute) {
        long epochDay = day.toEpochDay();
        return epochDay * 86_400L + hour * 3_600L + minute * 60L - offsetSeconds[(int) (epochDay - firstDay)];
    }

    private static void date(BinaryCopyRows rows, LocalDate day) {
        if (day == null) {
            rows.nul();
        } else {
            rows.date(day.toEpochDay());
        }
    }

    static String organisationName(int rank) {
        return SECTORS[rank % SECTORS.length] + " " + NAMES[(rank / SECTORS.length) % NAMES.length]
                + (rank >= SECTORS.length * NAMES.length ? " " + (rank / (SECTORS.length * NAMES.length)) : "")
                + " " + FORMS[rank % FORMS.length];
    }

    /** A SIREN with a valid Luhn checksum, distinct per rank. */
    static String siren(int rank) {
        String body = String.format("%08d", 30_000_000 + rank * 13);
        return Organisations.withLuhnDigit(body);
    }

    private static String siret(String siren, int rank) {
        String body = siren + String.format("%04d", 1 + rank % 97);
        return Organisations.withLuhnDigit(body);
    }
}
