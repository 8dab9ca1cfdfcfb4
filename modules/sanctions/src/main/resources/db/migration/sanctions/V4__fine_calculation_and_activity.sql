-- The fine assistant's steps the committee followed, kept with the decision's reasons.
ALTER TABLE sanction_case ADD COLUMN fine_calculation TEXT;

-- The activity report counts each case once per article even when several breaches of the case cite
-- the same article (the V3 join counted its fines once per such breach), and adds the limitation and
-- suspension measures. Columns keep their order (CREATE OR REPLACE VIEW only appends).
CREATE OR REPLACE VIEW report_activity AS
WITH decided AS (
    SELECT DISTINCT c.id, EXTRACT(YEAR FROM c.decided_on)::int AS year, c.procedure::text AS procedure,
           b.article::text AS article
    FROM sanction_case c
    JOIN case_breach b ON b.case_id = c.id
    WHERE c.decided_on IS NOT NULL
), measures AS (
    SELECT m.case_id,
           BOOL_OR(m.type = 'FINE')          AS fine,
           BOOL_OR(m.type = 'INJUNCTION')    AS injunction,
           BOOL_OR(m.type = 'CALL_TO_ORDER') AS call_to_order,
           BOOL_OR(m.type = 'LIMITATION')    AS limitation,
           BOOL_OR(m.type = 'SUSPENSION')    AS suspension,
           COALESCE(SUM(m.fine_amount), 0)   AS fines
    FROM case_measure m
    GROUP BY m.case_id
)
SELECT d.year,
       d.procedure,
       d.article,
       COUNT(*)                                            AS decisions,
       COUNT(*) FILTER (WHERE m.fine)                      AS with_fine,
       COUNT(*) FILTER (WHERE m.injunction)                AS with_injunction,
       COUNT(*) FILTER (WHERE m.call_to_order)             AS with_call_to_order,
       COALESCE(SUM(m.fines), 0)                           AS fines_total,
       COUNT(*) FILTER (WHERE m.limitation)                AS with_limitation,
       COUNT(*) FILTER (WHERE m.suspension)                AS with_suspension
FROM decided d
LEFT JOIN measures m ON m.case_id = d.id
GROUP BY 1, 2, 3;
