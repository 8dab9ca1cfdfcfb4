-- ADR 4: the platform's reporting views, and the team of each user that they publish.

-- The team a person works in ("Plaintes", "Santé", ...), for workload reports; optional.
ALTER TABLE user_account ADD COLUMN team VARCHAR(100);
ALTER TABLE user_account ADD CONSTRAINT user_account_team_ck CHECK (team IS NULL OR btrim(team) <> '');

-- One row per legal clock (ADR 4 contract: id, case_ref, module, policy_code, legal_source, owner,
-- start_event, due_date, at_risk_from, status, ended_on). The status is the stored one, which the
-- status job keeps true hour by hour; the legal source is that of the policy version the clock
-- runs under.
CREATE VIEW report_clock AS
SELECT c.id,
       c.case_ref::text     AS case_ref,
       c.module::text       AS module,
       c.policy_code::text  AS policy_code,
       p.legal_source::text AS legal_source,
       c.owner::text        AS owner,
       c.start_event,
       c.due_date,
       c.at_risk_from,
       c.status::text       AS status,
       c.ended_on
FROM clock c
JOIN clock_policy_version p ON p.code = c.policy_code AND p.version = c.policy_version;

-- One row per user (ADR 4 contract: username, display_name, team, active). Nothing else of the
-- account (e-mail, password hash, lockout) is published.
CREATE VIEW report_user AS
SELECT username::text     AS username,
       display_name::text AS display_name,
       team::text         AS team,
       active
FROM user_account;

GRANT SELECT ON report_clock, report_user TO ${app_role};
