-- ADR 4: the reporting views the complaints module publishes (its SQL API for the reporting module).
-- Read-only, fixed shape: changing a column is a breaking change. The application role may read these
-- views and nothing else of this schema for reports. Dates are days in Paris time.

-- One row per complaint. target_on: the GDPR Art. 78(2) date by which the complainant must first be
-- informed of progress or outcome (the due date of the complaint's first Art. 78(2) clock, computed
-- by the platform's engine: three months from lodging, Reg. 1182/71); target_reached_on: the day the
-- complainant was first informed (first information-of-progress or closure letter).
-- The title names the organisation and the categories, never the complainant.
CREATE VIEW report_case AS
SELECT 'complaints:' || c.reference                                   AS case_ref,
       'complaints'::text                                              AS module,
       c.reference::text                                               AS reference,
       (c.organisation_name || COALESCE(' — ' || cat.categories, ''))::text AS title,
       (CASE WHEN c.cross_border IS NULL THEN NULL
             WHEN c.cross_border THEN 'CROSS_BORDER' ELSE 'NATIONAL' END)::text AS procedure,
       c.status::text                                                  AS status,
       c.status <> 'CLOSED'                                            AS is_open,
       c.received_on                                                   AS opened_on,
       c.closed_on                                                     AS closed_on,
       c.assignee::text                                                AS owner,
       NULL::text                                                      AS team,
       c.organisation_name::text                                       AS organisation,
       c.organisation_identifier::text                                 AS organisation_id,
       COALESCE(first_clock.due_date, (c.received_on + INTERVAL '3 months')::date) AS target_on,
       first_information.sent_on                                       AS target_reached_on
FROM complaint c
LEFT JOIN LATERAL (SELECT string_agg(cc.category, ', ' ORDER BY cc.category) AS categories
                   FROM complaint_category cc WHERE cc.complaint_id = c.id) cat ON TRUE
LEFT JOIN LATERAL (SELECT cs.due_date FROM clock_status cs
                   WHERE cs.complaint_id = c.id AND cs.policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'
                   ORDER BY cs.clock_id LIMIT 1) first_clock ON TRUE
LEFT JOIN LATERAL (SELECT MIN(l.sent_on) AS sent_on FROM letter l
                   WHERE l.complaint_id = c.id AND l.letter_type IN ('INFORMATION_OF_PROGRESS', 'CLOSURE')) first_information
       ON TRUE;

-- One row per stage a complaint went through, from its timeline: RECEIVED (1), ACKNOWLEDGED (2),
-- QUALIFIED (3), ASSIGNED (4), UNDER_INSTRUCTION (5), and REOPENED (6) from a reopening to the next
-- closure. A stage ends when the next begins or on closure; the open stage has ended_on null.
-- A reassignment is not a new stage.
CREATE VIEW report_stage AS
WITH moves AS (
    SELECT t.complaint_id, t.id, t.occurred_at,
           CASE t.type WHEN 'INSTRUCTION_STARTED' THEN 'UNDER_INSTRUCTION' ELSE t.type END AS stage
    FROM timeline_entry t
    WHERE t.type IN ('RECEIVED', 'ACKNOWLEDGED', 'QUALIFIED', 'ASSIGNED', 'INSTRUCTION_STARTED', 'CLOSED', 'REOPENED')
), ordered AS (
    SELECT m.*, lag(m.stage) OVER (PARTITION BY m.complaint_id ORDER BY m.occurred_at, m.id) AS previous
    FROM moves m
), starts AS (
    SELECT o.*, lead(o.occurred_at) OVER (PARTITION BY o.complaint_id ORDER BY o.occurred_at, o.id) AS next_at
    FROM ordered o
    WHERE NOT (o.stage = 'ASSIGNED' AND o.previous IN ('ASSIGNED', 'UNDER_INSTRUCTION', 'REOPENED'))
)
SELECT 'complaints:' || c.reference                                   AS case_ref,
       s.stage::text                                                   AS stage,
       CASE s.stage WHEN 'RECEIVED' THEN 1 WHEN 'ACKNOWLEDGED' THEN 2 WHEN 'QUALIFIED' THEN 3
                    WHEN 'ASSIGNED' THEN 4 WHEN 'UNDER_INSTRUCTION' THEN 5 ELSE 6 END AS stage_order,
       (s.occurred_at AT TIME ZONE 'Europe/Paris')::date               AS started_on,
       (s.next_at AT TIME ZONE 'Europe/Paris')::date                   AS ended_on
FROM starts s
JOIN complaint c ON c.id = s.complaint_id
WHERE s.stage <> 'CLOSED';

-- Who works on what: the handler in charge of each complaint.
CREATE VIEW report_assignment AS
SELECT 'complaints:' || c.reference AS case_ref,
       c.assignee::text             AS username,
       'HANDLER'::text              AS role,
       c.status <> 'CLOSED'         AS is_open
FROM complaint c
WHERE c.assignee IS NOT NULL;

-- report_case reads the first Art. 78(2) clock of each complaint.
CREATE INDEX clock_status_first_idx ON clock_status (complaint_id, policy_code, clock_id);
DROP INDEX clock_status_complaint_idx;

GRANT SELECT ON report_case, report_stage, report_assignment TO ${app_role};
