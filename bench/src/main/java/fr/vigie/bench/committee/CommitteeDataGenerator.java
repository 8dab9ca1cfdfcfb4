package fr.vigie.bench.committee;

import fr.vigie.bench.complaints.Organisations;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates the committee's data for a given number of referred dossiers, with COPY, into a schema
 * {@code committee} already migrated with the module's own Flyway scripts. Consistent with what the
 * application writes: dossier references {@code DA-YYYY-NNNNNN}; weekly sessions of about 40 dossiers,
 * closed with minutes, except the next two (one convened, one planned); the dossiers of the past
 * sessions decided by about 11 votes each (with reservations and reasons where required); recusals
 * of members who declared an interest in the applicant; a few hundred dossiers waiting for a session.
 * Reusable by other benchmarks and reports: {@link #generate(Connection, Settings)}.
 */
public final class CommitteeDataGenerator {
    /** What to generate. */
    public record Settings(int dossiers, int members, int perSession, int awaiting, LocalDate today, long seed) {
        public static Settings of(int dossiers, LocalDate today) {
            return new Settings(dossiers, 25, 40, Math.min(600, Math.max(10, dossiers / 150)), today, 42L);
        }
    }

    /** What was generated, for the report. */
    public record Summary(
            int reviews,
            int sessions,
            long votes,
            long recusals,
            long documents,
            int openReviews,
            List<String> members) {}

    private static final String[] CHOICES = {
        "FAVOURABLE",
        "FAVOURABLE",
        "FAVOURABLE",
        "FAVOURABLE_WITH_RESERVATIONS",
        "FAVOURABLE_WITH_RESERVATIONS",
        "UNFAVOURABLE",
        "ABSTENTION"
    };
    private static final int VOTERS_PER_SESSION = 12;
    private static final int APPLICANTS = 2_000;

    private CommitteeDataGenerator() {}

    public static Summary generate(Connection connection, Settings settings) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(settings.seed());
        LocalDate today = settings.today();

        List<String> members = new ArrayList<>();
        StringBuilder memberRows = new StringBuilder();
        for (int m = 1; m <= settings.members(); m++) {
            String username = String.format("member%02d", m);
            members.add(username);
            memberRows
                    .append(m)
                    .append('\t')
                    .append(username)
                    .append('\t')
                    .append("Membre ")
                    .append(m)
                    .append('\t')
                    .append(m == 1 ? "CHAIR" : "MEMBER")
                    .append("\ttrue\t0\n");
        }
        copy(copy, "member (id, username, display_name, function, active, version)", memberRows);

        // Applicants: a pool of organisations (SIREN with a valid Luhn key), some declared by members.
        String[] applicantNames = new String[APPLICANTS];
        String[] applicantSirens = new String[APPLICANTS];
        for (int a = 0; a < APPLICANTS; a++) {
            applicantNames[a] = "Organisme de recherche " + a;
            applicantSirens[a] = a % 10 == 9 ? null : siren(100_000_00 + a * 37);
        }
        StringBuilder interestRows = new StringBuilder();
        boolean[][] interested = new boolean[settings.members()][APPLICANTS];
        long interestId = 0;
        for (int m = 0; m < settings.members(); m++) {
            for (int k = 0; k < 4; k++) {
                int a = random.nextInt(APPLICANTS);
                interested[m][a] = true;
                interestRows
                        .append(++interestId)
                        .append('\t')
                        .append(m + 1)
                        .append('\t')
                        .append(applicantNames[a])
                        .append('\t')
                        .append(nameKey(applicantNames[a]))
                        .append('\t')
                        .append(nullable(applicantSirens[a]))
                        .append('\t')
                        .append("Conseil scientifique")
                        .append('\t')
                        .append(today.minusYears(3))
                        .append('\t')
                        .append(today.minusYears(3))
                        .append(" 09:00:00+00\t\\N\n");
            }
        }
        copy(
                copy,
                "interest (id, member_id, organisation_name, organisation_key, siren, nature, declared_on, declared_at,"
                        + " ended_on)",
                interestRows);

        // Sessions: weekly, the last two still to come; the others closed with their minutes.
        int decided = settings.dossiers() - settings.awaiting() - 2 * settings.perSession();
        int pastSessions = (decided + settings.perSession() - 1) / settings.perSession();
        int sessions = pastSessions + 2;
        StringBuilder sessionRows = new StringBuilder();
        StringBuilder attendanceRows = new StringBuilder();
        LocalDate[] sessionDates = new LocalDate[sessions + 1];
        int[] firstAttendee = new int[sessions + 1];
        for (int s = 1; s <= sessions; s++) {
            LocalDate date = today.plusWeeks(s - pastSessions);
            if (s <= pastSessions) {
                date = today.minusWeeks(pastSessions - s + 1);
            }
            sessionDates[s] = date;
            String status = s <= pastSessions ? "CLOSED" : s == pastSessions + 1 ? "CONVENED" : "PLANNED";
            sessionRows
                    .append(s)
                    .append('\t')
                    .append(String.format("SC-%d-%04d", date.getYear(), s))
                    .append('\t')
                    .append(date)
                    .append("\tSéance plénière\t")
                    .append(status)
                    .append('\t')
                    .append(
                            s <= pastSessions
                                    ? UUID.nameUUIDFromBytes(("minutes" + s).getBytes())
                                            .toString()
                                    : "\\N")
                    .append("\tsecretary\t0\n");
            if (s <= pastSessions) {
                int first = random.nextInt(settings.members());
                firstAttendee[s] = first;
                for (int v = 0; v < VOTERS_PER_SESSION; v++) {
                    attendanceRows
                            .append(s)
                            .append('\t')
                            .append(members.get((first + v) % settings.members()))
                            .append('\n');
                }
            }
        }
        copy(
                copy,
                "committee_session (id, reference, session_date, title, status, minutes_document_id, created_by, version)",
                sessionRows);
        copy(copy, "attendance (session_id, username)", attendanceRows);

        StringBuilder reviews = new StringBuilder();
        StringBuilder agenda = new StringBuilder();
        StringBuilder votes = new StringBuilder();
        StringBuilder recusals = new StringBuilder();
        StringBuilder documents = new StringBuilder();
        long voteId = 0;
        long recusalId = 0;
        long documentCount = 0;
        int openReviews = 0;
        int[] positions = new int[sessions + 1];
        for (int i = 1; i <= settings.dossiers(); i++) {
            int session;
            String stage;
            if (i <= decided) {
                session = (i - 1) / settings.perSession() + 1;
                stage = i % 100 == 0 ? "WITHDRAWN" : "OPINION_ADOPTED";
            } else if (i <= decided + 2 * settings.perSession()) {
                session = pastSessions + 1 + (i - decided - 1) / settings.perSession();
                stage = "ON_AGENDA";
            } else {
                session = 0;
                stage = "AWAITING_SESSION";
            }
            LocalDate sessionDate = session == 0 ? null : sessionDates[session];
            LocalDate referred = (sessionDate == null ? today : sessionDate).minusDays(10 + random.nextInt(20));
            LocalDate due = referred.plusMonths(1);
            int applicant = random.nextInt(APPLICANTS);
            String rapporteur = "AWAITING_SESSION".equals(stage) && i % 2 == 0
                    ? null
                    : members.get(random.nextInt(settings.members()));
            boolean adopted = "OPINION_ADOPTED".equals(stage);
            boolean open = "AWAITING_SESSION".equals(stage) || "ON_AGENDA".equals(stage);
            if (open) {
                openReviews++;
            }
            // A recused member is never the rapporteur.
            if (rapporteur != null && interested[members.indexOf(rapporteur)][applicant]) {
                rapporteur = null;
            }
            String opinion = adopted
                    ? (i % 7 == 0 ? "UNFAVOURABLE" : i % 3 == 0 ? "FAVOURABLE_WITH_RESERVATIONS" : "FAVOURABLE")
                    : "\\N";
            String dossierRef = String.format("dossiers:DA-%d-%06d", referred.getYear(), i);
            reviews.append(i)
                    .append('\t')
                    .append(dossierRef)
                    .append("\tProjet de recherche n° ")
                    .append(i)
                    .append("\tNATIONAL\t")
                    .append(applicantNames[applicant])
                    .append('\t')
                    .append(nameKey(applicantNames[applicant]))
                    .append('\t')
                    .append(nullable(applicantSirens[applicant]))
                    .append("\tDr Investigateur\t")
                    .append(due)
                    .append("\tinstructor\t")
                    .append(stage)
                    .append('\t')
                    .append(session == 0 || "WITHDRAWN".equals(stage) ? "\\N" : String.valueOf(session))
                    .append('\t')
                    .append(nullable(rapporteur))
                    .append('\t')
                    .append(opinion)
                    .append('\t')
                    .append(adopted ? "Avis motivé du comité." : "\\N")
                    .append('\t')
                    .append(adopted ? sessionDate.toString() : "\\N")
                    .append('\t')
                    .append(adopted ? "secretary" : "\\N")
                    .append('\t')
                    .append(referred)
                    .append('\t')
                    .append(referred)
                    .append(" 10:00:00+00\t")
                    .append(open ? "\\N" : (sessionDate == null ? today : sessionDate).toString())
                    .append('\t')
                    .append("WITHDRAWN".equals(stage) ? "Demande retirée" : "\\N")
                    .append("\t0\n");
            for (int d = 0; d < 3; d++) {
                documents
                        .append(i)
                        .append('\t')
                        .append(d)
                        .append('\t')
                        .append(UUID.nameUUIDFromBytes((i + "/" + d).getBytes()))
                        .append('\n');
                documentCount++;
            }
            if (session != 0 && !"WITHDRAWN".equals(stage)) {
                agenda.append(session)
                        .append('\t')
                        .append(positions[session]++)
                        .append('\t')
                        .append(i)
                        .append('\n');
            }
            List<String> recused = new ArrayList<>();
            for (int m = 0; m < settings.members(); m++) {
                if (interested[m][applicant]) {
                    recused.add(members.get(m));
                    recusals.append(++recusalId)
                            .append('\t')
                            .append(i)
                            .append('\t')
                            .append(members.get(m))
                            .append('\t')
                            .append(applicantNames[applicant])
                            .append('\t')
                            .append(referred)
                            .append(" 10:00:00+00\n");
                }
            }
            if (adopted) {
                // The members present at the session vote (one of the twelve left early), less the recused ones.
                int first = firstAttendee[session];
                for (int v = 0; v < VOTERS_PER_SESSION - 1; v++) {
                    String voter = members.get((first + v) % settings.members());
                    if (recused.contains(voter)) {
                        continue;
                    }
                    String choice = CHOICES[random.nextInt(CHOICES.length)];
                    String remarks =
                            switch (choice) {
                                case "FAVOURABLE_WITH_RESERVATIONS" -> "Réserve sur la durée de conservation";
                                case "UNFAVOURABLE" -> "Finalité insuffisamment précisée";
                                default -> "\\N";
                            };
                    votes.append(++voteId)
                            .append('\t')
                            .append(i)
                            .append('\t')
                            .append(session)
                            .append('\t')
                            .append(voter)
                            .append('\t')
                            .append(choice)
                            .append('\t')
                            .append(remarks)
                            .append('\t')
                            .append(sessionDate)
                            .append(" 15:00:00+00\t0\n");
                }
            }
            if (i % 20_000 == 0 || i == settings.dossiers()) {
                flushReviews(copy, reviews, documents, agenda, votes, recusals);
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String sequence : List.of(
                    "member_id_seq",
                    "interest_id_seq",
                    "committee_session_id_seq",
                    "review_id_seq",
                    "vote_id_seq",
                    "recusal_id_seq")) {
                String table = sequence.substring(0, sequence.length() - "_id_seq".length());
                s.execute("SELECT setval('committee." + sequence + "', (SELECT COALESCE(max(id), 1) FROM committee."
                        + table + "))");
            }
            s.execute("SELECT setval('committee.session_number_seq', " + sessions + ")");
            for (String table : List.of(
                    "member",
                    "interest",
                    "committee_session",
                    "attendance",
                    "review",
                    "review_document",
                    "agenda_item",
                    "recusal",
                    "vote")) {
                s.execute("VACUUM ANALYZE committee." + table);
            }
        }
        return new Summary(settings.dossiers(), sessions, voteId, recusalId, documentCount, openReviews, members);
    }

    private static void flushReviews(
            CopyManager copy,
            StringBuilder reviews,
            StringBuilder documents,
            StringBuilder agenda,
            StringBuilder votes,
            StringBuilder recusals)
            throws SQLException, IOException {
        copy(
                copy,
                "review (id, dossier_ref, title, procedure, applicant_name, applicant_key, applicant_siren,"
                        + " principal_investigator, opinion_due_date, instructor, stage, session_id, rapporteur, opinion_kind,"
                        + " opinion_reasoning, adopted_on, adopted_by, referred_on, referred_at, closed_on, withdrawal_reason, version)",
                reviews);
        copy(copy, "review_document (review_id, position, document_id)", documents);
        copy(copy, "agenda_item (session_id, position, review_id)", agenda);
        copy(copy, "recusal (id, review_id, username, interest, recorded_at)", recusals);
        copy(copy, "vote (id, review_id, session_id, voter, choice, remarks, cast_at, version)", votes);
    }

    private static void copy(CopyManager copy, String table, StringBuilder rows) throws SQLException, IOException {
        if (rows.length() > 0) {
            copy.copyIn("COPY committee." + table + " FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    /** Same key as the domain's Organisations.nameKey for these plain names (lower case, single spaces). */
    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** A 9-digit SIREN with a valid Luhn check digit, from an 8-digit body. */
    static String siren(int body) {
        return Organisations.withLuhnDigit(String.format("%08d", body));
    }
}
