-- Expiry has its legal effect: only a period binding the authority (on-expiry=breach) is at risk
-- and then BREACHED (the authority's breach); any other (a party's right lapses, a term ends,
-- silence means acceptance) runs until it EXPIRES. The clock keeps, from its policy version,
-- whether it binds the authority. Open clocks already stored with the old statuses are set right
-- by the next run of the status job, which records each change in its batch log.
ALTER TABLE clock ADD COLUMN binds_authority BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE clock c SET binds_authority = FALSE
FROM clock_policy_version p
WHERE p.code = c.policy_code AND p.version = c.policy_version
  AND p.definition ~ '(^|\n)on-expiry=(right_lapses|silence_means_acceptance|term_ends)(\n|$)';

ALTER TABLE clock DROP CONSTRAINT clock_status_ck;
ALTER TABLE clock ADD CONSTRAINT clock_status_ck
    CHECK (status IN ('RUNNING', 'SUSPENDED', 'AT_RISK', 'BREACHED', 'MET', 'STOPPED', 'EXPIRED'));

-- ADR 4 contract, one column more at the end: whether the clock's period binds the authority
-- (reports count only those as at risk or breached).
CREATE OR REPLACE VIEW report_clock AS
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
       c.ended_on,
       c.binds_authority
FROM clock c
JOIN clock_policy_version p ON p.code = c.policy_code AND p.version = c.policy_version;
