-- platform.report_user and platform.report_clock as ADR 4 describes them, when the platform does
-- not publish them yet: users as a table (no team column on platform users yet), clocks as a view
-- over the platform's real clock table (the real view will read the same table).
CREATE TABLE IF NOT EXISTS platform.report_user (
    username text PRIMARY KEY, display_name text NOT NULL, team text, active boolean NOT NULL);
CREATE OR REPLACE VIEW platform.report_clock AS
SELECT k.id, k.case_ref, k.module, k.policy_code, p.legal_source, k.owner, k.start_event, k.due_date, k.at_risk_from,
       k.status, k.ended_on
FROM platform.clock k JOIN platform.clock_policy_version p ON p.code = k.policy_code AND p.version = k.policy_version;
