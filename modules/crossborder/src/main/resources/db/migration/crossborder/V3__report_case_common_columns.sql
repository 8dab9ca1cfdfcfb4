-- ADR 4: report_case gets the columns every module's report_case has (the reporting module selects them by
-- name when the module is listed in vigie.reporting.modules), followed by the cross-border ones. target_on:
-- the investigation deadline's due date (none under the GDPR alone); closed_on: the day of the closing act;
-- organisation_id (a French number elsewhere) is unknown here: directory_id gives the directory's organisation.
DROP VIEW report_case;
CREATE VIEW report_case AS
SELECT 'crossborder:' || c.reference                                          AS case_ref,
       'crossborder'::text                                                    AS module,
       c.reference::text                                                      AS reference,
       COALESCE(c.organisation_name, c.reference)::text                       AS title,
       c.procedure::text                                                      AS procedure,
       c.stage::text                                                          AS status,
       c.stage <> 'CLOSED'                                                    AS is_open,
       c.opened_on                                                            AS opened_on,
       CASE WHEN c.stage = 'CLOSED' THEN c.last_act_on END                    AS closed_on,
       NULL::text                                                             AS owner,
       NULL::text                                                             AS team,
       c.organisation_name::text                                              AS organisation,
       NULL::text                                                             AS organisation_id,
       c.investigation_due_on                                                 AS target_on,
       NULL::date                                                             AS target_reached_on,
       CASE WHEN c.home = c.lead THEN 'LEAD' ELSE 'CONCERNED' END::text        AS role,
       c.lead::text                                                           AS lead_authority,
       c.rules::text                                                          AS rules,
       c.stage::text                                                          AS stage,
       ((now() AT TIME ZONE 'Europe/Paris')::date - c.opened_on)              AS days_since_opening,
       c.investigation_due_on                                                 AS investigation_due_on,
       c.organisation_directory_id                                            AS directory_id
FROM cross_border_case c;

GRANT SELECT ON report_case TO ${app_role};
