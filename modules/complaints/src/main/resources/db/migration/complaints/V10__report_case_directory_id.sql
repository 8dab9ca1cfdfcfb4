-- ADR 4 / ADR 7: report_case also publishes the organisation's directory id (platform.organisation.id,
-- the complaint's organisation_id), as its LAST column: CREATE OR REPLACE VIEW may only append columns,
-- and every reader names its columns. organisation_id keeps its contract meaning (the SIREN/SIRET
-- typed in the complaint): the reporting module reads it. directory_id is null while the complaint is
-- not linked (recorded before the directory and not reached by the backfill).
-- The inspections risk score of one organisation (its 360 page) matches
--   directory_id = ? OR (directory_id IS NULL AND substring(organisation_id FROM 1 FOR 9) = ?)
-- which the planner pushes into the view and answers with complaint_organisation_id_idx (V7) and
-- complaint_org_identifier_siren_idx (V8), BitmapOr. The body is V3's, unchanged but for the new column.
-- CREATE OR REPLACE keeps the view's owner and grants (V3's GRANT SELECT to the application role) and
-- the views built on it.
CREATE OR REPLACE VIEW report_case AS
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
       first_information.sent_on                                       AS target_reached_on,
       c.organisation_id                                               AS directory_id
FROM complaint c
LEFT JOIN LATERAL (SELECT string_agg(cc.category, ', ' ORDER BY cc.category) AS categories
                   FROM complaint_category cc WHERE cc.complaint_id = c.id) cat ON TRUE
LEFT JOIN LATERAL (SELECT cs.due_date FROM clock_status cs
                   WHERE cs.complaint_id = c.id AND cs.policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'
                   ORDER BY cs.clock_id LIMIT 1) first_clock ON TRUE
LEFT JOIN LATERAL (SELECT MIN(l.sent_on) AS sent_on FROM letter l
                   WHERE l.complaint_id = c.id AND l.letter_type IN ('INFORMATION_OF_PROGRESS', 'CLOSURE')) first_information
       ON TRUE;
