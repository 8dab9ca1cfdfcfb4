CREATE TABLE IF NOT EXISTS ${schema}.report_case (
    case_ref text NOT NULL, module text NOT NULL, reference text NOT NULL, title text NOT NULL, procedure text,
    status text NOT NULL, is_open boolean NOT NULL, opened_on date NOT NULL, closed_on date, owner text, team text,
    organisation text, organisation_id text, target_on date, target_reached_on date);
CREATE TABLE IF NOT EXISTS ${schema}.report_stage (
    case_ref text NOT NULL, stage text NOT NULL, stage_order int NOT NULL, started_on date NOT NULL, ended_on date);
CREATE TABLE IF NOT EXISTS ${schema}.report_assignment (
    case_ref text NOT NULL, username text NOT NULL, role text NOT NULL, is_open boolean NOT NULL);
