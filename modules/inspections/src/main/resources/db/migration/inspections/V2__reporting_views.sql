-- ADR 4: the reporting views the inspections module publishes (its SQL API for the reporting module).
-- Read-only, fixed shape: changing a column is a breaking change. Dates are days in Paris time.

-- One row per inspection. The title names the organisation and the theme. target_on: the end of the
-- organisation's observations period (the due date of the INSPECTION_OBSERVATIONS clock when it started);
-- target_reached_on: the day the observations arrived. owner: the lead inspector; team: the inspection type.
CREATE VIEW report_case AS
SELECT 'inspections:' || i.reference                       AS case_ref,
       'inspections'::text                                  AS module,
       i.reference::text                                    AS reference,
       (i.organisation_name || ' — ' || COALESCE(t.label_fr, i.theme))::text AS title,
       NULL::text                                           AS procedure,
       i.status::text                                       AS status,
       i.status <> 'CLOSED'                                 AS is_open,
       i.opened_on                                          AS opened_on,
       i.closed_on                                          AS closed_on,
       i.lead_inspector::text                               AS owner,
       NULL::text                                           AS team,
       i.organisation_name::text                            AS organisation,
       i.organisation_number::text                          AS organisation_id,
       i.observations_due_on                                AS target_on,
       i.observations_received_on                           AS target_reached_on
FROM inspection i
LEFT JOIN theme t ON t.code = i.theme;

-- One row per stage an inspection went through, from its timeline: PLANNED (1), PREPARED (2), CONDUCTED (3),
-- MINUTES_NOTIFIED (4), OBSERVATIONS_CLOSED (5). A stage ends when the next begins or on closure; the open
-- stage has ended_on null. A second preparation (team changed before signature) is not a new stage.
CREATE VIEW report_stage AS
WITH moves AS (
    SELECT e.inspection_id, e.id, e.occurred_at,
           CASE e.type WHEN 'OPENED' THEN 'PLANNED'
                       WHEN 'OBSERVATIONS_RECEIVED' THEN 'OBSERVATIONS_CLOSED'
                       WHEN 'OBSERVATIONS_PERIOD_ELAPSED' THEN 'OBSERVATIONS_CLOSED'
                       ELSE e.type END AS stage
    FROM inspection_event e
    WHERE e.type IN ('OPENED', 'PREPARED', 'CONDUCTED', 'MINUTES_NOTIFIED', 'OBSERVATIONS_RECEIVED',
                     'OBSERVATIONS_PERIOD_ELAPSED', 'CLOSED')
), ordered AS (
    SELECT m.*, lag(m.stage) OVER (PARTITION BY m.inspection_id ORDER BY m.occurred_at, m.id) AS previous
    FROM moves m
), starts AS (
    SELECT o.*, lead(o.occurred_at) OVER (PARTITION BY o.inspection_id ORDER BY o.occurred_at, o.id) AS next_at
    FROM ordered o
    WHERE o.previous IS DISTINCT FROM o.stage
)
SELECT 'inspections:' || i.reference                                  AS case_ref,
       s.stage::text                                                   AS stage,
       CASE s.stage WHEN 'PLANNED' THEN 1 WHEN 'PREPARED' THEN 2 WHEN 'CONDUCTED' THEN 3
                    WHEN 'MINUTES_NOTIFIED' THEN 4 ELSE 5 END          AS stage_order,
       (s.occurred_at AT TIME ZONE 'Europe/Paris')::date               AS started_on,
       (s.next_at AT TIME ZONE 'Europe/Paris')::date                   AS ended_on
FROM starts s
JOIN inspection i ON i.id = s.inspection_id
WHERE s.stage <> 'CLOSED';

-- Who works on what: the lead inspector and the members of each team.
CREATE VIEW report_assignment AS
SELECT 'inspections:' || i.reference AS case_ref,
       i.lead_inspector::text        AS username,
       'LEAD_INSPECTOR'::text        AS role,
       i.status <> 'CLOSED'          AS is_open
FROM inspection i
WHERE i.lead_inspector IS NOT NULL
UNION ALL
SELECT 'inspections:' || i.reference AS case_ref,
       m.username::text              AS username,
       'INSPECTOR'::text             AS role,
       i.status <> 'CLOSED'          AS is_open
FROM team_member m
JOIN inspection i ON i.id = m.inspection_id;

GRANT SELECT ON report_case, report_stage, report_assignment TO ${app_role};
