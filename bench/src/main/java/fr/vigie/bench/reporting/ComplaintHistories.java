package fr.vigie.bench.reporting;

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
 * Writes the histories of complaints as the complaints module stores them, as rows of PostgreSQL
 * COPY text for its real tables ({@code complaints.complaint}, {@code complaint_category},
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
    private static final String[] FIRST = {"Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise", "Hugo",
        "Lucas", "Louis", "Nathan", "Arthur", "Jules", "Thomas", "Paul", "Julie", "Marie", "Karim", "Yasmine", "Fatou"};
    private static final String[] LAST = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
        "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Diallo", "Nguyen"};
    private static final String[] SECTORS = {"Télécom", "Banque", "Assurances", "Mutuelle", "Clinique", "Transports",
        "Énergie", "Immobilier", "Distribution", "Média", "Éditions", "Logiciels", "Voyages", "Formation", "Sécurité"};
    private static final String[] NAMES = {"Horizon", "Atlantique", "Lumière", "Azur", "Boréal", "Cristal", "Delta",
        "Étoile", "Faubourg", "Granit", "Hexagone", "Iris", "Jasmin", "Kappa", "Loire", "Meridien", "Nova", "Opale"};
    private static final String[] FORMS = {"SAS", "SA", "SARL", "SCOP", "GIE"};
    private static final String[] FOREIGN = {"IE", "NL", "LU", "DE", "US"};
    private static final Map<Category, String[]> FACTS = new java.util.EnumMap<>(Category.class);
    private static final Category[] CATEGORY_DRAW;

    static {
        FACTS.put(Category.MARKETING, new String[] {"SMS publicitaires de %s sans consentement, malgré deux refus.",
            "Appels commerciaux répétés de %s après opposition."});
        FACTS.put(Category.ACCESS_RIGHT, new String[] {"Demande d'accès à mes données restée sans réponse chez %s.",
            "%s refuse de me communiquer les données me concernant."});
        FACTS.put(Category.ERASURE_RIGHT, new String[] {"%s conserve mon compte malgré ma demande d'effacement.",
            "Mes données sont toujours publiées par %s après effacement demandé."});
        FACTS.put(Category.VIDEO_SURVEILLANCE, new String[] {"Caméra de %s filmant la voie publique et mon domicile."});
        FACTS.put(Category.EMPLOYMENT, new String[] {"Mon employeur %s contrôle mes courriels personnels.",
            "Géolocalisation permanente des salariés chez %s."});
        FACTS.put(Category.HEALTH_DATA, new String[] {"Données de santé transmises par %s à un tiers sans accord."});
        FACTS.put(Category.BANKING_AND_CREDIT, new String[] {"Inscription injustifiée au fichier d'incidents par %s."});
        FACTS.put(Category.SECURITY_BREACH, new String[] {"Fuite de données chez %s, clients non informés."});
        FACTS.put(Category.MINORS, new String[] {"Compte de mon enfant mineur créé chez %s sans autorisation."});
        FACTS.put(Category.ARTIFICIAL_INTELLIGENCE, new String[] {"Décision automatisée de %s sans intervention humaine."});
        FACTS.put(Category.OTHER, new String[] {"Traitement de mes données par %s sans information préalable."});
        Map<Category, Integer> weights = Map.ofEntries(Map.entry(Category.MARKETING, 20), Map.entry(Category.ACCESS_RIGHT, 18),
                Map.entry(Category.ERASURE_RIGHT, 12), Map.entry(Category.VIDEO_SURVEILLANCE, 10),
                Map.entry(Category.EMPLOYMENT, 10), Map.entry(Category.HEALTH_DATA, 8),
                Map.entry(Category.BANKING_AND_CREDIT, 7), Map.entry(Category.SECURITY_BREACH, 6),
                Map.entry(Category.MINORS, 4), Map.entry(Category.ARTIFICIAL_INTELLIGENCE, 3), Map.entry(Category.OTHER, 2));
        List<Category> draw = new ArrayList<>();
        weights.forEach((c, w) -> {
            for (int i = 0; i < w; i++) {
                draw.add(c);
            }
        });
        draw.sort(null);
        CATEGORY_DRAW = draw.toArray(Category[]::new);
    }

    /** The COPY text of one batch, per table. */
    static final class Batch {
        final StringBuilder complaints = new StringBuilder(1 << 21);
        final StringBuilder categories = new StringBuilder(1 << 18);
        final StringBuilder timeline = new StringBuilder(1 << 21);
        final StringBuilder letters = new StringBuilder(1 << 20);
        final StringBuilder clockStatus = new StringBuilder(1 << 19);
        final StringBuilder clocks = new StringBuilder(1 << 21);
        final StringBuilder clockEvents = new StringBuilder(1 << 21);
        long rowsComplaints;
        long rowsCategories;
        long rowsTimeline;
        long rowsLetters;
        long rowsClocks;
        long rowsClockEvents;

        /** Empties the batch for reuse (keeps the buffers' capacity). */
        Batch clear() {
            for (StringBuilder b : List.of(complaints, categories, timeline, letters, clockStatus, clocks, clockEvents)) {
                b.setLength(0);
            }
            rowsComplaints = 0;
            rowsCategories = 0;
            rowsTimeline = 0;
            rowsLetters = 0;
            rowsClocks = 0;
            rowsClockEvents = 0;
            return this;
        }
    }

    static final String COMPLAINT_COLUMNS = "id, reference, channel, received_on, received_at, complainant_name,"
            + " complainant_email, organisation_name, organisation_country, organisation_identifier, organisation_siren,"
            + " facts, people_affected, status, admissible, competent, cross_border, lead_authority, assignee, outcome,"
            + " closed_on, acknowledged_on, last_informed_on, proposed_score, proposed_priority, proposed_reasons,"
            + " priority, priority_decided_by, ack_clock_id, inform_clock_id, version";
    static final String TIMELINE_COLUMNS = "id, complaint_id, type, occurred_at, actor, reason, detail";
    static final String LETTER_COLUMNS = "id, complaint_id, letter_type, sent_on, sent_by, summary";
    static final String CLOCK_STATUS_COLUMNS = "clock_id, complaint_id, policy_code, state, due_date";
    static final String CLOCK_COLUMNS = "id, case_ref, module, policy_code, policy_version, owner, start_event, opened_on,"
            + " due_date, at_risk_from, status, suspended, outcome, ended_on, created_at, updated_at";
    static final String CLOCK_EVENT_COLUMNS = "id, clock_id, type, event_date, author, reason, due_date_after, status_after,"
            + " recorded_at";

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
    /** Text of each day and of its Paris offset (formatting dates is most of the CPU of a COPY text). */
    private final long firstDay;
    private final String[] dayText;
    private final String[] offsetText;
    private static final String[] TIME_TEXT = new String[24 * 60];

    static {
        for (int m = 0; m < TIME_TEXT.length; m++) {
            TIME_TEXT[m] = String.format(" %02d:%02d", m / 60, m % 60);
        }
    }

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
        this.dayText = new String[days];
        this.offsetText = new String[days];
        for (int d = 0; d < days; d++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + d);
            dayText[d] = day.toString();
            offsetText[d] = PARIS.getRules().getOffset(day.atTime(12, 0)).getId();
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
        PriorityAssessment proposed = PriorityRules.assess(categories, people, siren == null ? 0 : Math.max(1, 400 / (rank + 1)));

        // How far it went: old complaints are closed; open ones are recent, plus a tail of hard cases.
        boolean open = age <= 5 || r.nextDouble() < Math.exp(-age / 120.0) + (age < 1095 ? 0.015 : 0);
        Outcome outcome = null;
        int stages;
        if (open) {
            stages = openStages(r, age);
        } else {
            int draw = r.nextInt(100);
            outcome = foreign && draw < 70 ? Outcome.TRANSFERRED_TO_LEAD_AUTHORITY
                    : draw < 24 ? Outcome.INADMISSIBLE : draw < 44 ? Outcome.NO_BREACH
                    : draw < 86 ? Outcome.RESOLVED_AFTER_INTERVENTION : draw < 92 ? Outcome.REPRIMAND_REQUESTED
                    : draw < 97 ? Outcome.REFERRED_TO_INSPECTION : Outcome.REFERRED_TO_SANCTIONS;
            stages = outcome.judgesTheMerits() ? 4 : 2;
        }
        long end = open ? age : Math.min(age, outcome.judgesTheMerits() ? 40 + r.nextInt(360) : 10 + r.nextInt(80));
        long[] gaps = {1 + r.nextInt(4), 3 + r.nextInt(18), 1 + r.nextInt(15), 1 + r.nextInt(20)};
        long nominal = 0;
        for (int i = 0; i < stages; i++) {
            nominal += gaps[i];
        }
        double squeeze = nominal > end ? (double) end / nominal : 1;
        LocalDate[] on = new LocalDate[5];
        on[0] = received;
        long at = 0;
        for (int i = 0; i < stages; i++) {
            at += Math.round(gaps[i] * squeeze);
            on[i + 1] = received.plusDays(Math.min(at, end));
        }
        LocalDate endDate = received.plusDays(end);
        String owner = handlers.get(r.nextInt(handlers.size()));
        String intake = "STAFF_INTAKE".equals(channel) ? owner : "portail";
        String assignee = stages >= 3 ? owner : null;

        timeline(b, id, "RECEIVED", received, r, intake, null, channel);
        LocalDate acknowledged = stages >= 1 ? on[1] : null;
        long ackClock = clock(b, id, caseRef, ACK, intake, received, acknowledged, open || acknowledged != null ? null : endDate);
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
            timeline(b, id, "QUALIFIED", on[2], r, owner,
                    outcome == Outcome.INADMISSIBLE ? "Faits hors du champ du RGPD" : "Plainte recevable", null);
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
            b.categories.append(id).append('\t').append(category.name()).append('\n');
            b.rowsCategories++;
        }
        StringBuilder c = b.complaints;
        c.append(id).append('\t').append(reference).append('\t').append(channel).append('\t');
        day(c, received).append('\t');
        instant(c, received, 7 + r.nextInt(14), r.nextInt(60)).append('\t');
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        c.append(first).append(' ').append(last).append('\t');
        if (r.nextInt(10) < 8) {
            c.append("p").append(id).append("@example.fr");
        } else {
            c.append("\\N");
        }
        c.append('\t').append(organisation).append('\t').append(country).append('\t');
        value(c, identifier).append('\t');
        value(c, siren).append('\t').append(facts).append('\t').append(people).append('\t').append(status).append('\t');
        value(c, stages >= 2 ? (outcome == Outcome.INADMISSIBLE ? "f" : "t") : null).append('\t');
        value(c, stages >= 2 ? "t" : null).append('\t');
        value(c, crossBorder == null ? null : crossBorder ? "t" : "f").append('\t');
        value(c, lead).append('\t');
        value(c, assignee).append('\t');
        value(c, outcome == null ? null : outcome.name()).append('\t');
        value(c, open ? null : endDate).append('\t');
        value(c, acknowledged).append('\t');
        value(c, lastInformed).append('\t');
        c.append(proposed.score()).append('\t').append(proposed.level().name()).append('\t');
        String reasons = proposed.reasons().stream().map(PriorityReason::encoded).collect(Collectors.joining(","));
        value(c, reasons.isEmpty() ? null : reasons).append('\t');
        value(c, priority).append('\t');
        value(c, priority == null ? null : owner).append('\t');
        c.append(ackClock).append('\t').append(informClock).append('\t').append(0).append('\n');
        b.rowsComplaints++;
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

    private void timeline(Batch b, long complaint, String type, LocalDate day, SplittableRandom r, String actor,
            String reason, String detail) {
        StringBuilder t = b.timeline;
        t.append(ids.timeline++).append('\t').append(complaint).append('\t').append(type).append('\t');
        instant(t, day, 8 + r.nextInt(10), r.nextInt(60)).append('\t').append(actor).append('\t');
        value(t, reason).append('\t');
        value(t, detail).append('\n');
        b.rowsTimeline++;
    }

    private void letter(Batch b, long complaint, String type, LocalDate day, String sentBy, String summary) {
        StringBuilder l = b.letters;
        l.append(ids.letter++).append('\t').append(complaint).append('\t').append(type).append('\t');
        day(l, day).append('\t')
                .append(sentBy).append('\t');
        value(l, summary).append('\n');
        b.rowsLetters++;
    }

    /** A clock started on {@code start}: met on {@code met}, else stopped on {@code stopped}, else running. */
    private long clock(Batch b, long complaint, String caseRef, String code, String owner, LocalDate start, LocalDate met,
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
        String status = met != null ? "MET" : stopped != null ? "STOPPED"
                : today.isAfter(due) ? "BREACHED" : !today.isBefore(atRisk) ? "AT_RISK" : "RUNNING";
        long id = ids.clock++;
        StringBuilder k = b.clocks;
        k.append(id).append('\t').append(caseRef).append("\tcomplaints\t").append(code).append('\t').append(policy.version())
                .append('\t').append(owner).append('\t');
        day(k, start).append('\t');
        day(k, start).append('\t');
        day(k, due).append('\t');
        day(k, atRisk).append('\t').append(status).append("\tf\t").append(outcome).append('\t');
        value(k, ended).append('\t');
        instant(k, start, 9, 0).append('\t');
        instant(k, ended == null ? start : ended, 9, 0).append('\n');
        b.rowsClocks++;
        b.clockStatus.append(id).append('\t').append(complaint).append('\t').append(code).append('\t').append(status).append('\t');
        day(b.clockStatus, due).append('\n');
        StringBuilder e = b.clockEvents;
        e.append(ids.clockEvent++).append('\t').append(id).append("\tSTARTED\t");
        day(e, start).append('\t').append(owner).append("\t\\N\t");
        day(e, due).append("\tRUNNING\t");
        instant(e, start, 9, 0).append('\n');
        b.rowsClockEvents++;
        if (ended != null) {
            e.append(ids.clockEvent++).append('\t').append(id).append('\t').append(outcome).append('\t');
            day(e, ended).append('\t').append(owner).append('\t').append(met != null ? "Acte accompli" : "Plainte clôturée")
                    .append('\t');
            day(e, due).append('\t').append(status).append('\t');
            instant(e, ended, 18, 0).append('\n');
            b.rowsClockEvents++;
        }
        return id;
    }

    private StringBuilder instant(StringBuilder out, LocalDate day, int hour, int minute) {
        // Paris time written with its offset: PostgreSQL parses it without a time-zone lookup per row.
        int d = (int) (day.toEpochDay() - firstDay);
        return out.append(dayText[d]).append(TIME_TEXT[hour * 60 + minute]).append(offsetText[d]);
    }

    private StringBuilder day(StringBuilder out, LocalDate day) {
        return out.append(dayText[(int) (day.toEpochDay() - firstDay)]);
    }

    private StringBuilder value(StringBuilder out, Object value) {
        if (value instanceof LocalDate day) {
            return day(out, day);
        }
        return value == null ? out.append("\\N") : out.append(value);
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
