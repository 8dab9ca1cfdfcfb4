package fr.vigie.bench.sanctions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sanction cases in SQL, straight into the module's schema (migrated by its own Flyway scripts):
 * spread over five years and every status of both procedures, 1 500 organisations, 10 rapporteurs;
 * each case with one to three breaches, a timeline of one entry per stage passed, members present
 * and votes once deliberated, measures (a fine for two thirds) once decided, published for some. One
 * formal notice for every other case (the list shows both). Deterministic: generate_series and
 * arithmetic, no randomness, so two runs measure the same data.
 */
final class SanctionDataGenerator {
    /** Status and how many stages it has passed, in the order of the ordinary procedure. */
    private static final String STAGES = "ARRAY['AWAITING_REFERRAL','REFERRED','INSTRUCTION','REPORT_NOTIFIED',"
            + "'REPLY_RECEIVED','READY_FOR_HEARING','HEARING_SCHEDULED','HEARD','DELIBERATING','DECIDED','DECIDED','DECIDED']";

    private SanctionDataGenerator() {}

    static void generate(Connection c, int cases) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO sanctions.sanction_case (reference, procedure, status, organisation_name, organisation_number,
                        group_name, turnover_amount, turnover_currency, turnover_year, origin_notice, opened_on, referred_on,
                        rapporteur, rapporteur_appointed_on, report_notified_on, reply_due_on, reply_received_on, answered_on,
                        hearing_on, hearing_notice_sent_on, heard_on, attendance, minutes, deliberation_chair, quorum,
                        decision_reasons, decided_on, decided_by, notified_on, published_on, published_name, anonymise_on,
                        next_due_on)
                    SELECT format('SAN-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')),
                           CASE WHEN g % 7 = 0 THEN 'SIMPLIFIED' ELSE 'ORDINARY' END,
                           st.status,
                           format('Organisme %s SA', g % 1500), lpad(((g % 1500) * 7919 % 999999999)::text, 9, '0'),
                           format('Groupe %s', g % 300), (1 + g % 97) * 12500000.00, 'EUR', 2021 + g % 5,
                           CASE WHEN g % 2 = 0 THEN format('MD-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')) END,
                           d.opened,
                           CASE WHEN st.n >= 2 THEN d.opened + 10 END,
                           CASE WHEN st.n >= 3 THEN 'rapporteur' || (g % 10) END,
                           CASE WHEN st.n >= 3 THEN d.opened + 12 END,
                           CASE WHEN st.n >= 4 THEN d.opened + 60 END,
                           CASE WHEN st.n >= 4 THEN d.opened + 90 END,
                           CASE WHEN st.n >= 5 THEN d.opened + 85 END,
                           CASE WHEN st.n >= 6 THEN d.opened + 110 END,
                           CASE WHEN st.n >= 7 THEN d.opened + 150 END,
                           CASE WHEN st.n >= 7 THEN d.opened + 120 END,
                           CASE WHEN st.n >= 8 THEN d.opened + 150 END,
                           CASE WHEN st.n >= 8 THEN 'Conseil de la société' END,
                           CASE WHEN st.n >= 8 THEN repeat('Débats. ', 30) END,
                           CASE WHEN st.n >= 9 THEN 'chair' || (g % 3) END,
                           CASE WHEN st.n >= 9 THEN 3 END,
                           CASE WHEN st.n >= 10 THEN 'Motifs de la décision' END,
                           CASE WHEN st.n >= 10 THEN d.opened + 160 END,
                           CASE WHEN st.n >= 10 THEN 'chair' || (g % 3) END,
                           CASE WHEN st.n >= 10 THEN d.opened + 165 END,
                           CASE WHEN st.n >= 10 AND g % 7 <> 0 AND g % 3 = 0 THEN d.opened + 170 END,
                           CASE WHEN st.n >= 10 AND g % 7 <> 0 AND g % 3 = 0 THEN format('Organisme %s SA', g % 1500) END,
                           CASE WHEN st.n >= 10 AND g % 7 <> 0 AND g % 3 = 0 THEN d.opened + 170 + 730 END,
                           CASE WHEN st.n < 10 THEN d.opened + 30 * st.n END
                    FROM generate_series(1, #COUNT#) g
                    CROSS JOIN LATERAL (SELECT DATE '2022-01-03' + (g % 1750) AS opened) d
                    CROSS JOIN LATERAL (SELECT (#STAGES#)[1 + g % 12] AS status,
                        (ARRAY[1,2,3,4,5,6,7,8,9,10,10,10])[1 + g % 12] AS n) st
                    """.replace("#COUNT#", Integer.toString(cases)).replace("#STAGES#", STAGES));
            s.execute("INSERT INTO sanctions.case_breach (case_id, position, article, severity, description)"
                    + " SELECT c.id, k, (ARRAY['RGPD art. 5','RGPD art. 6','RGPD art. 13','RGPD art. 32','RGPD art. 33'])"
                    + "[1 + (c.id + k) % 5], 'SERIOUS', 'Manquement ' || k"
                    + " FROM sanctions.sanction_case c CROSS JOIN generate_series(1, 1 + (c.id % 3)::int) k");
            s.execute("INSERT INTO sanctions.case_member_present (case_id, username)"
                    + " SELECT c.id, 'member' || ((c.id + k) % 9) FROM sanctions.sanction_case c"
                    + " CROSS JOIN generate_series(1, 2) k WHERE c.deliberation_chair IS NOT NULL");
            s.execute(
                    "INSERT INTO sanctions.case_vote (case_id, position, member, in_favour)"
                            + " SELECT c.id, k, CASE WHEN k = 0 THEN c.deliberation_chair ELSE 'member' || ((c.id + k) % 9) END, TRUE"
                            + " FROM sanctions.sanction_case c CROSS JOIN generate_series(0, 2) k WHERE c.decided_on IS NOT NULL");
            s.execute("INSERT INTO sanctions.case_measure (case_id, position, type, description, fine_amount)"
                    + " SELECT c.id, 0, CASE WHEN c.id % 3 = 0 THEN 'CALL_TO_ORDER' ELSE 'FINE' END, NULL,"
                    + " CASE WHEN c.id % 3 = 0 THEN NULL WHEN c.procedure = 'SIMPLIFIED' THEN 5000 + c.id % 15000"
                    + " ELSE 100000 + (c.id % 400) * 25000 END"
                    + " FROM sanctions.sanction_case c WHERE c.decided_on IS NOT NULL");
            s.execute(
                    "INSERT INTO sanctions.case_timeline (case_id, position, act, actor, occurred_at, legal_day, detail)"
                            + " SELECT c.id, k, (" + STAGES + ")[k], 'president', (c.opened_on + 10 * k)::timestamp,"
                            + " c.opened_on + 10 * k, NULL FROM sanctions.sanction_case c"
                            + " CROSS JOIN generate_series(1, 10) k WHERE k <= (SELECT array_position(" + STAGES
                            + ", c.status))");
            s.execute("""
                    INSERT INTO sanctions.formal_notice (reference, status, organisation_name, organisation_number, group_name,
                        turnover_amount, turnover_currency, turnover_year, measures_required, period_amount, period_unit,
                        prepared_by, prepared_on, signed_by, signed_on, due_on, assessed_on, assessment, sanction_case)
                    SELECT format('MD-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')),
                           (ARRAY['NOT_COMPLIED','NOT_COMPLIED','COMPLIED','RUNNING','DRAFT'])[1 + (g / 2) % 5],
                           format('Organisme %s SA', g % 1500), lpad(((g % 1500) * 7919 % 999999999)::text, 9, '0'),
                           format('Groupe %s', g % 300), (1 + g % 97) * 12500000.00, 'EUR', 2021 + g % 5,
                           'Mettre en conformité', 3, 'MONTHS', 'president', DATE '2021-10-01' + (g % 1750),
                           CASE WHEN (g / 2) % 5 <> 4 THEN 'president' END,
                           CASE WHEN (g / 2) % 5 <> 4 THEN DATE '2021-10-02' + (g % 1750) END,
                           CASE WHEN (g / 2) % 5 <> 4 THEN DATE '2022-01-02' + (g % 1750) END,
                           CASE WHEN (g / 2) % 5 < 3 THEN DATE '2022-01-03' + (g % 1750) END,
                           CASE WHEN (g / 2) % 5 < 3 THEN 'Appréciation' END,
                           CASE WHEN (g / 2) % 5 < 2 THEN format('SAN-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')) END
                    FROM generate_series(2, #COUNT#, 2) g
                    """.replace("#COUNT#", Integer.toString(cases)));
            s.execute("ANALYZE");
        }
    }
}
