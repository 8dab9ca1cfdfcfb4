-- Issue 12, "the law decides":
-- * received_on: the day the application as it stands was received (its submission, or its last,
--   completing, resubmission). EHDS periods run from the complete application (Art. 67-68), so a
--   dossier declared complete is complete from that day, not from the day the check ended.
-- * target_on: the last day of the dossier's EHDS report target, as its clock computed it from the
--   target policy (8 or 9 months, Reg. 1182/71). It replaces the months written into the view, the
--   list and the file, so that the list, the file and the reports show the clock's own date.
ALTER TABLE dossier ADD COLUMN received_on DATE;
ALTER TABLE dossier ADD COLUMN target_on DATE;

UPDATE dossier d
SET received_on = COALESCE(
        (SELECT max((e.occurred_at AT TIME ZONE 'Europe/Paris')::date) FROM dossier_event e
         WHERE e.dossier_id = d.id AND e.type IN ('SUBMITTED', 'RESUBMITTED')),
        d.submitted_on)
WHERE d.submitted_on IS NOT NULL;

-- The target clocks already running or ended give their due dates (the platform's clocks, read
-- once by this migration as the schema owner; absent in a database without the platform).
DO $$
BEGIN
    IF to_regclass('platform.clock') IS NOT NULL THEN
        UPDATE dossier d
        SET target_on = k.due_date
        FROM (SELECT DISTINCT ON (case_ref) case_ref, due_date FROM platform.clock
              WHERE policy_code IN ('EHDS_TARGET_PSEUDONYMISED_ACCESS', 'EHDS_TARGET_ANONYMISED_ACCESS')
              ORDER BY case_ref, id DESC) k
        WHERE k.case_ref = 'dossiers:' || d.reference;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'dossiers V5: platform.clock not readable, target days filled as clocks change';
END
$$;

-- ADR 4 contract unchanged; the target is the clock's.
CREATE OR REPLACE VIEW report_case AS
SELECT 'dossiers:' || d.reference                         AS case_ref,
       'dossiers'::text                                   AS module,
       d.reference::text                                  AS reference,
       COALESCE(d.title, '(brouillon)')::text             AS title,
       (CASE WHEN d.procedure = 'NATIONAL' THEN 'NATIONAL'
             WHEN d.data_form = 'ANONYMISED' OR d.procedure = 'EHDS_DATA_REQUEST' THEN 'EHDS_ANONYMISED'
             ELSE 'EHDS_PSEUDONYMISED' END)::text          AS procedure,
       d.status::text                                     AS status,
       (d.status NOT IN ('CLOSED','REFUSED','WITHDRAWN')) AS is_open,
       COALESCE(d.submitted_on, d.created_on)             AS opened_on,
       d.closed_on                                        AS closed_on,
       d.instructor::text                                 AS owner,
       NULL::text                                         AS team,
       d.organisation_name::text                          AS organisation,
       d.siren::text                                      AS organisation_id,
       d.target_on                                        AS target_on,
       d.available_on                                     AS target_reached_on
FROM dossier d;
