-- ADR 4 / ADR 7: report_case also publishes the organisation's directory id (platform.organisation.id,
-- the organisation_id of the formal notice or sanction case), as its LAST column: CREATE OR REPLACE
-- VIEW may only append columns, and every reader names its columns. organisation_id keeps its contract
-- meaning (the SIREN/SIRET recorded in the case): the reporting module reads it. directory_id is null
-- while the case is not linked.
-- The inspections risk score of one organisation (its 360 page) matches
--   directory_id = ? OR (directory_id IS NULL AND substring(organisation_id FROM 1 FOR 9) = ?)
-- which the planner pushes into both branches of the UNION ALL and answers with
-- sanction_case_organisation_id_idx (V6) and sanction_case_org_siren_idx (V7), BitmapOr (the same for
-- formal_notice). The body is V2's, unchanged but for the new column.
-- CREATE OR REPLACE keeps the view's owner and grants (V2's GRANT SELECT to the application role) and
-- the views built on it.
CREATE OR REPLACE VIEW report_case AS
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
       n.assessed_on                         AS target_reached_on,
       n.organisation_id                     AS directory_id
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
       c.decided_on,
       c.organisation_id
FROM sanction_case c;
