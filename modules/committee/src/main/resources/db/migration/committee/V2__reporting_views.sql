-- ADR 4: the committee's published reporting views (its SQL API; changing a column is a breaking change).
-- The committee has no cases of its own: its reviews are about the dossiers module's cases, so rows
-- carry the dossier's case_ref ('dossiers:DA-2026-000042') and the committee publishes no report_case
-- (the dossiers module does). See docs/committee.md.

-- Who works on what: the rapporteur of each review, and the members who review it (every active
-- member not recused, while the dossier is on an agenda; once decided, those who voted).
CREATE VIEW report_assignment AS
SELECT r.dossier_ref                                   AS case_ref,
       r.rapporteur                                    AS username,
       'RAPPORTEUR'::text                              AS role,
       r.stage IN ('AWAITING_SESSION', 'ON_AGENDA')    AS is_open
FROM review r
WHERE r.rapporteur IS NOT NULL
UNION ALL
SELECT r.dossier_ref, m.username, 'COMMITTEE_MEMBER'::text, TRUE
FROM review r
JOIN member m ON m.active
WHERE r.stage = 'ON_AGENDA'
  AND NOT EXISTS (SELECT 1 FROM recusal x WHERE x.review_id = r.id AND x.username = m.username)
UNION ALL
SELECT r.dossier_ref, v.voter, 'COMMITTEE_MEMBER'::text, FALSE
FROM review r
JOIN vote v ON v.review_id = r.id AND v.session_id = r.session_id
WHERE r.stage = 'OPINION_ADOPTED';

-- The committee stage of each referred dossier, with its sub-steps: waiting for a session, then on
-- the agenda until the opinion (or withdrawal). stage_order follows the committee's procedure.
CREATE VIEW report_stage AS
SELECT r.dossier_ref                                               AS case_ref,
       'COMMITTEE_REVIEW'::text                                    AS stage,
       1                                                           AS stage_order,
       r.referred_on                                               AS started_on,
       r.closed_on                                                 AS ended_on
FROM review r
UNION ALL
SELECT r.dossier_ref, 'ON_AGENDA'::text, 2, s.session_date, r.closed_on
FROM review r
JOIN committee_session s ON s.id = r.session_id;

-- One row per review, for the committee's own reports (opinions, delays, recusals, votes).
CREATE VIEW report_review AS
SELECT r.dossier_ref                                                    AS case_ref,
       r.stage                                                          AS stage,
       r.stage IN ('AWAITING_SESSION', 'ON_AGENDA')                     AS is_open,
       r.procedure                                                      AS procedure,
       r.applicant_name                                                 AS organisation,
       r.applicant_siren                                                AS organisation_id,
       r.referred_on                                                    AS referred_on,
       r.opinion_due_date                                               AS opinion_due_date,
       s.reference                                                      AS session,
       s.session_date                                                   AS session_date,
       r.rapporteur                                                     AS rapporteur,
       r.opinion_kind                                                   AS opinion,
       r.adopted_on                                                     AS adopted_on,
       r.closed_on                                                      AS closed_on,
       (r.adopted_on IS NOT NULL AND r.adopted_on <= r.opinion_due_date) AS opinion_on_time,
       r.casting_vote IS NOT NULL                                       AS casting_vote_used,
       (SELECT count(*) FROM recusal x WHERE x.review_id = r.id)        AS recusals,
       (SELECT count(*) FROM vote v WHERE v.review_id = r.id AND v.session_id = r.session_id) AS votes
FROM review r
LEFT JOIN committee_session s ON s.id = r.session_id;

GRANT SELECT ON report_assignment, report_stage, report_review TO ${app_role};
