-- ADR 4: the reporting views of the crossborder module, in the contract's shape, so that the reporting
-- snapshot (which names the contract's columns) can list crossborder among its modules. V1's report_case
-- had the cross-border columns instead of the contract's; they move to report_cross_border, read by the
-- cross-border report. Read-only, fixed shape: changing a column is a breaking change.
DROP VIEW report_case;

-- One row per case. title: the organisation and the lead authority (no personal data of a complainant).
-- status: the stage. closed_on: the day of the last act once CLOSED. target_on: the investigation
-- deadline of Regulation (EU) 2025/2518 when one runs (null under the GDPR alone); no target act is
-- recorded on the case yet, so target_reached_on is null. No owner, team or SIREN/SIRET on a case.
CREATE VIEW report_case AS
SELECT 'crossborder:' || c.reference                                           AS case_ref,
       'crossborder'::text                                                     AS module,
       c.reference::text                                                       AS reference,
       (COALESCE(c.organisation_name, '?') || ' — ' || c.lead)::text            AS title,
       c.procedure::text                                                       AS procedure,
       c.stage::text                                                           AS status,
       c.stage <> 'CLOSED'                                                     AS is_open,
       c.opened_on                                                             AS opened_on,
       CASE WHEN c.stage = 'CLOSED' THEN c.last_act_on END                     AS closed_on,
       NULL::text                                                              AS owner,
       NULL::text                                                              AS team,
       c.organisation_name::text                                               AS organisation,
       NULL::text                                                              AS organisation_id,
       c.investigation_due_on                                                  AS target_on,
       NULL::date                                                              AS target_reached_on
FROM cross_border_case c;

-- The cross-border specifics, one row per case. role: LEAD when the home authority leads, CONCERNED
-- otherwise. days_since_opening: calendar days from opened_on to today (Paris time); the report counts
-- them to its snapshot's day from opened_on. investigation_due_on: the due date of the investigation
-- deadline (2025/2518: 15 months, extendable once by up to 12; 12 under simple cooperation), null under
-- the GDPR alone; overdue: the case is open and that day has passed.
CREATE VIEW report_cross_border AS
SELECT 'crossborder:' || c.reference                                           AS case_ref,
       c.reference::text                                                       AS reference,
       CASE WHEN c.home = c.lead THEN 'LEAD' ELSE 'CONCERNED' END::text         AS role,
       c.lead::text                                                            AS lead_authority,
       c.organisation_name::text                                               AS organisation,
       c.rules::text                                                           AS rules,
       c.procedure::text                                                       AS procedure,
       c.stage::text                                                           AS stage,
       c.stage <> 'CLOSED'                                                     AS is_open,
       c.opened_on                                                             AS opened_on,
       ((now() AT TIME ZONE 'Europe/Paris')::date - c.opened_on)               AS days_since_opening,
       c.investigation_due_on                                                  AS investigation_due_on,
       (c.stage <> 'CLOSED' AND c.investigation_due_on < (now() AT TIME ZONE 'Europe/Paris')::date) AS overdue
FROM cross_border_case c;

GRANT SELECT ON report_case, report_cross_border TO ${app_role};
