-- The sanctions activity report: decisions, measures and fines imposed, per year of decision, per
-- procedure and per infringed article (a decision citing several articles counts under each).
CREATE VIEW report_activity AS
SELECT EXTRACT(YEAR FROM c.decided_on)::int                         AS year,
       c.procedure::text                                             AS procedure,
       b.article::text                                               AS article,
       COUNT(DISTINCT c.id)                                          AS decisions,
       COUNT(DISTINCT c.id) FILTER (WHERE EXISTS (SELECT 1 FROM case_measure m
                                    WHERE m.case_id = c.id AND m.type = 'FINE'))      AS with_fine,
       COUNT(DISTINCT c.id) FILTER (WHERE EXISTS (SELECT 1 FROM case_measure m
                                    WHERE m.case_id = c.id AND m.type = 'INJUNCTION')) AS with_injunction,
       COUNT(DISTINCT c.id) FILTER (WHERE EXISTS (SELECT 1 FROM case_measure m
                                    WHERE m.case_id = c.id AND m.type = 'CALL_TO_ORDER')) AS with_call_to_order,
       COALESCE(SUM((SELECT SUM(m.fine_amount) FROM case_measure m WHERE m.case_id = c.id)), 0) AS fines_total
FROM sanction_case c
JOIN case_breach b ON b.case_id = c.id
WHERE c.decided_on IS NOT NULL
GROUP BY 1, 2, 3;

GRANT SELECT ON report_activity TO ${app_role};
