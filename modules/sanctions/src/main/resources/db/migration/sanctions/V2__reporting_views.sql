-- ADR 4: the reporting views the sanctions module publishes (its SQL API for the reporting module).
-- Read-only, fixed shape. Formal notices and sanction cases are both cases of this module.

-- One row per formal notice and per sanction case. target_on: the compliance due date of a notice,
-- the next due date of a case's current step; target_reached_on: the assessment of a notice, the
-- decision of a case. The owner is the rapporteur of a case, the president who signed a notice.
CREATE VIEW report_case AS
SELECT 'sanctions:' || n.reference          AS case_ref,
       'sanctions'::text                     AS module,
       n.reference::text                     AS reference,
       ('Mise en demeure — ' || n.organisation_name)::text AS title,
       'FORMAL_NOTICE'::text                 AS procedure,
       n.status::text                        AS status,
       n.status IN ('DRAFT', 'RUNNING')      AS is_open,
       n.prepared_on                         AS opened_on,
       n.assessed_on                         AS closed_on,
       COALESCE(n.signed_by, n.prepared_by)::text AS owner,
       NULL::text                            AS team,
       n.organisation_name::text             AS organisation,
       n.organisation_number::text           AS organisation_id,
       n.due_on                              AS target_on,
       n.assessed_on                         AS target_reached_on
FROM formal_notice n
UNION ALL
SELECT 'sanctions:' || c.reference,
       'sanctions'::text,
       c.reference::text,
       ('Procédure de sanction — ' || c.organisation_name)::text,
       c.procedure::text,
       c.status::text,
       c.status <> 'DECIDED',
       c.opened_on,
       c.decided_on,
       c.rapporteur::text,
       NULL::text,
       c.organisation_name::text,
       c.organisation_number::text,
       c.next_due_on,
       c.decided_on
FROM sanction_case c;

-- One row per stage a case went through, from its timeline; a stage ends when the next begins.
CREATE VIEW report_stage AS
WITH moves AS (
    SELECT t.case_id, t.position, t.legal_day,
           CASE t.act WHEN 'OPENED' THEN 'AWAITING_REFERRAL' WHEN 'REFERRED' THEN 'REFERRED'
                      WHEN 'RAPPORTEUR_APPOINTED' THEN 'INSTRUCTION' WHEN 'REPORT_NOTIFIED' THEN 'REPORT_NOTIFIED'
                      WHEN 'REPLY_RECEIVED' THEN 'REPLY_RECEIVED' WHEN 'ANSWERED' THEN 'READY_FOR_HEARING'
                      WHEN 'ANSWER_DECLINED' THEN 'READY_FOR_HEARING' WHEN 'HEARING_SCHEDULED' THEN 'HEARING_SCHEDULED'
                      WHEN 'HEARING_HELD' THEN 'HEARD' WHEN 'DELIBERATION_OPENED' THEN 'DELIBERATING'
                      ELSE 'DECIDED' END AS stage
    FROM case_timeline t
    WHERE t.act IN ('OPENED', 'REFERRED', 'RAPPORTEUR_APPOINTED', 'REPORT_NOTIFIED', 'REPLY_RECEIVED', 'ANSWERED',
                    'ANSWER_DECLINED', 'HEARING_SCHEDULED', 'HEARING_HELD', 'DELIBERATION_OPENED', 'DECIDED')
), spans AS (
    SELECT m.*, lead(m.legal_day) OVER (PARTITION BY m.case_id ORDER BY m.position) AS next_day
    FROM moves m
)
SELECT 'sanctions:' || c.reference AS case_ref,
       s.stage::text               AS stage,
       CASE s.stage WHEN 'AWAITING_REFERRAL' THEN 1 WHEN 'REFERRED' THEN 2 WHEN 'INSTRUCTION' THEN 3
                    WHEN 'REPORT_NOTIFIED' THEN 4 WHEN 'REPLY_RECEIVED' THEN 5 WHEN 'READY_FOR_HEARING' THEN 6
                    WHEN 'HEARING_SCHEDULED' THEN 7 WHEN 'HEARD' THEN 8 ELSE 9 END AS stage_order,
       s.legal_day                 AS started_on,
       s.next_day                  AS ended_on
FROM spans s
JOIN sanction_case c ON c.id = s.case_id
WHERE s.stage <> 'DECIDED';

-- Who works on what: the rapporteur of each case, and the members present at its deliberation.
CREATE VIEW report_assignment AS
SELECT 'sanctions:' || c.reference AS case_ref,
       c.rapporteur::text          AS username,
       'RAPPORTEUR'::text          AS role,
       c.status <> 'DECIDED'       AS is_open
FROM sanction_case c
WHERE c.rapporteur IS NOT NULL
UNION ALL
SELECT 'sanctions:' || c.reference, p.username::text, 'COMMITTEE_MEMBER'::text, c.status <> 'DECIDED'
FROM sanction_case c
JOIN case_member_present p ON p.case_id = c.id;

GRANT SELECT ON report_case, report_stage, report_assignment TO ${app_role};
