-- Reports measure what the law measures (issue 12):
-- * the GDPR Art. 78(2) report counts every three-month period of a complaint, not only the first:
--   reporting.target_fact holds one row per measured target period — each Art. 78(2) clock of a
--   complaint (cohort: the day its period started; reached: the day it was met), and the case's own
--   target for every other case — and the target tables are counted from it;
-- * a target is "overdue" or "not yet due" only while it can still be reached: a refused or
--   withdrawn EHDS dossier, or a period ended without the act, is counted among the cases but is
--   never overdue forever.
-- The same function as V2 otherwise.
CREATE OR REPLACE FUNCTION rebuild(p_modules TEXT[], p_today DATE) RETURNS BOOLEAN
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    started     TIMESTAMPTZ := clock_timestamp();
    m           TEXT;
    included    TEXT[] := ARRAY[]::TEXT[];
    missing     TEXT[] := ARRAY[]::TEXT[];
    cases_sql   TEXT := 'SELECT NULL::text AS case_ref, NULL::text AS module, NULL::text AS reference, NULL::text AS title,'
                     || ' NULL::text AS procedure, NULL::text AS status, NULL::boolean AS is_open, NULL::date AS opened_on,'
                     || ' NULL::date AS closed_on, NULL::text AS owner, NULL::text AS team, NULL::text AS organisation,'
                     || ' NULL::text AS organisation_id, NULL::date AS target_on, NULL::date AS target_reached_on WHERE false';
    stages_sql  TEXT := 'SELECT NULL::text AS case_ref, NULL::text AS stage, NULL::int AS stage_order, NULL::date AS started_on,'
                     || ' NULL::date AS ended_on WHERE false';
    assign_sql  TEXT := 'SELECT NULL::text AS case_ref, NULL::text AS username, NULL::text AS role, NULL::boolean AS is_open WHERE false';
    users_sql   TEXT := 'SELECT NULL::text AS username, NULL::text AS team WHERE false';
    clocks_sql  TEXT := 'SELECT NULL::bigint AS id, NULL::text AS case_ref, NULL::text AS module, NULL::text AS policy_code,'
                     || ' NULL::text AS legal_source, NULL::text AS owner, NULL::date AS start_event, NULL::date AS due_date,'
                     || ' NULL::date AS at_risk_from, NULL::text AS status, NULL::date AS ended_on WHERE false';
    has_clocks  BOOLEAN := to_regclass('platform.report_clock') IS NOT NULL;
    gen         BIGINT;
    t           TEXT;
BEGIN
    IF NOT pg_try_advisory_xact_lock(5642071120) THEN
        RETURN false;
    END IF;
    SELECT COALESCE(max(generation), 0) + 1 INTO gen FROM reporting.refresh_state;

    FOREACH m IN ARRAY COALESCE(p_modules, ARRAY[]::TEXT[]) LOOP
        IF m !~ '^[a-z][a-z0-9_]{0,39}$' THEN
            RAISE EXCEPTION 'reporting: invalid module schema name %', m;
        END IF;
        -- Each view is optional: the committee, for one, publishes only its assignments.
        IF to_regclass(format('%I.report_case', m)) IS NULL AND to_regclass(format('%I.report_stage', m)) IS NULL
                AND to_regclass(format('%I.report_assignment', m)) IS NULL THEN
            missing := missing || m;
            CONTINUE;
        END IF;
        included := included || m;
        IF to_regclass(format('%I.report_case', m)) IS NOT NULL THEN
            cases_sql := cases_sql || format(' UNION ALL SELECT case_ref, module, reference, title, procedure, status, is_open,'
                || ' opened_on, closed_on, owner, team, organisation, organisation_id, target_on, target_reached_on FROM %I.report_case', m);
        END IF;
        IF to_regclass(format('%I.report_stage', m)) IS NOT NULL THEN
            stages_sql := stages_sql || format(' UNION ALL SELECT case_ref, stage, stage_order, started_on, ended_on FROM %I.report_stage', m);
        END IF;
        IF to_regclass(format('%I.report_assignment', m)) IS NOT NULL THEN
            assign_sql := assign_sql || format(' UNION ALL SELECT case_ref, username, role, is_open FROM %I.report_assignment WHERE is_open', m);
        END IF;
    END LOOP;
    IF to_regclass('platform.report_user') IS NOT NULL THEN
        users_sql := 'SELECT username, team FROM platform.report_user';
    END IF;
    IF has_clocks THEN
        clocks_sql := 'SELECT id, case_ref, module, policy_code, legal_source, owner, start_event, due_date, at_risk_from,'
            || ' status, ended_on FROM platform.report_clock WHERE ended_on IS NULL AND binds_authority';
    END IF;

    FOREACH t IN ARRAY ARRAY['case_fact', 'stage_hist', 'target_month', 'reach_month', 'clock_fact',
            'assignment_fact', 'open_day', 'clock_day', 'workload_agg', 'stage_hist_all', 'target_month_org',
            'reach_month_org', 'stage_hist_org', 'open_day_org', 'target_fact'] LOOP
        EXECUTE format('DROP TABLE IF EXISTS reporting.%I', t || '_next');
    END LOOP;

    -- One row per case, with its current stage (the open stage of highest order) and the team:
    -- the case's own team, else its owner's.
    EXECUTE 'CREATE TEMP TABLE rep_users ON COMMIT DROP AS ' || users_sql;
    EXECUTE 'CREATE TABLE reporting.case_fact_next AS'
        || ' SELECT c.case_ref, c.module, c.reference, c.title, COALESCE(c.procedure, '''') AS procedure, c.status, c.is_open,'
        || ' c.opened_on, c.closed_on, c.owner, COALESCE(c.team, u.team) AS team, c.organisation, c.organisation_id,'
        || ' c.target_on, c.target_reached_on, s.stage AS current_stage, s.stage_order AS current_stage_order,'
        || ' s.started_on AS current_stage_since'
        || ' FROM (' || cases_sql || ') c'
        || ' LEFT JOIN rep_users u ON u.username = c.owner'
        || ' LEFT JOIN (SELECT DISTINCT ON (case_ref) case_ref, stage, stage_order, started_on FROM (' || stages_sql || ') s0'
        || '   WHERE ended_on IS NULL ORDER BY case_ref, stage_order DESC, started_on DESC) s ON s.case_ref = c.case_ref';
    EXECUTE format('CREATE UNIQUE INDEX %I ON reporting.case_fact_next (case_ref)', 'case_fact_ref_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.case_fact_next (module, opened_on) WHERE is_open', 'case_fact_open_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.case_fact_next (organisation_id)', 'case_fact_org_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.case_fact_next (lower(organisation))', 'case_fact_orgname_' || gen);

    -- Every ended stage, with what the filters need from its case; days = its length. Only an
    -- intermediate step (not logged, dropped at commit): the reports read its histograms.
    EXECUTE 'CREATE TEMP TABLE rep_stage_fact ON COMMIT DROP AS'
        || ' SELECT c.module, c.procedure, COALESCE(c.team, '''') AS team, c.organisation_id, s.stage, s.stage_order,'
        || ' date_trunc(''month'', s.ended_on)::date AS month, (s.ended_on - s.started_on) AS days'
        || ' FROM (' || stages_sql || ') s JOIN reporting.case_fact_next c ON c.case_ref = s.case_ref'
        || ' WHERE s.ended_on IS NOT NULL';

    -- Histogram of ended stages' lengths in days, by month of the stage's end: percentiles and the
    -- forecast read a few thousand rows instead of millions.
    EXECUTE 'CREATE TABLE reporting.stage_hist_next AS'
        || ' SELECT module, procedure, team, stage, stage_order, month, days, count(*)::int AS n'
        || ' FROM rep_stage_fact GROUP BY 1, 2, 3, 4, 5, 6, 7';
    EXECUTE format('CREATE INDEX %I ON reporting.stage_hist_next (module, month)', 'stage_hist_month_' || gen);
    -- The same without teams (three to ten times fewer rows), for the reports not filtered by team.
    EXECUTE 'CREATE TABLE reporting.stage_hist_all_next AS'
        || ' SELECT module, procedure, stage, stage_order, month, days, sum(n)::int AS n'
        || ' FROM reporting.stage_hist_next GROUP BY 1, 2, 3, 4, 5, 6';
    EXECUTE format('CREATE INDEX %I ON reporting.stage_hist_all_next (module, month)', 'stage_hist_all_' || gen);
    -- The same by organisation (SIREN/SIRET), for reports narrowed to one: an organisation's rows only.
    EXECUTE 'CREATE TABLE reporting.stage_hist_org_next AS'
        || ' SELECT module, procedure, team, organisation_id, stage, stage_order, month, days, count(*)::int AS n'
        || ' FROM rep_stage_fact WHERE organisation_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8';
    EXECUTE format('CREATE INDEX %I ON reporting.stage_hist_org_next (organisation_id, module)', 'stage_hist_org_' || gen);

    -- Every measured target period. A complaint is measured by each of its GDPR Art. 78(2) periods
    -- (the complainant informed within three months, then again within each next three months), from
    -- the platform's clocks; every other case (and a complaint with no such clock) by its own target.
    -- open: the period can still be reached (its clock has not ended; for a case target, the case is open).
    EXECUTE 'CREATE TABLE reporting.target_fact_next AS'
        || ' SELECT c.case_ref, c.module, c.procedure, COALESCE(c.team, '''') AS team, c.organisation_id,'
        || ' c.opened_on AS cohort_on, c.target_on, c.target_reached_on AS reached_on, c.is_open AS open'
        || ' FROM reporting.case_fact_next c WHERE c.target_on IS NOT NULL'
        || CASE WHEN has_clocks THEN
               ' AND NOT (c.module = ''complaints'' AND EXISTS (SELECT 1 FROM platform.report_clock k'
            || '   WHERE k.case_ref = c.case_ref AND k.policy_code = ''GDPR_ART_78_2_INFORM_COMPLAINANT''))'
            || ' UNION ALL'
            || ' SELECT c.case_ref, c.module, c.procedure, COALESCE(c.team, ''''), c.organisation_id,'
            || ' k.start_event, k.due_date, CASE WHEN k.status = ''MET'' THEN k.ended_on END, k.ended_on IS NULL'
            || ' FROM platform.report_clock k JOIN reporting.case_fact_next c ON c.case_ref = k.case_ref'
            || ' WHERE c.module = ''complaints'' AND k.policy_code = ''GDPR_ART_78_2_INFORM_COMPLAINANT'''
           ELSE '' END;
    EXECUTE format('CREATE INDEX %I ON reporting.target_fact_next (case_ref)', 'target_fact_case_' || gen);

    -- Target compliance by cohort (month the period started: received / submitted for a case): met on
    -- time, met late, overdue (still open, not reached, target passed as of p_today), not yet due;
    -- a period that ended without being reached counts among the cases only.
    EXECUTE format('CREATE TABLE reporting.target_month_next AS'
        || ' SELECT t.module, t.procedure, t.team, date_trunc(''month'', t.cohort_on)::date AS month,'
        || ' count(*)::int AS cases,'
        || ' count(*) FILTER (WHERE t.reached_on <= t.target_on)::int AS met,'
        || ' count(*) FILTER (WHERE t.reached_on > t.target_on)::int AS late,'
        || ' count(*) FILTER (WHERE t.reached_on IS NULL AND t.open AND t.target_on < %L)::int AS overdue,'
        || ' count(*) FILTER (WHERE t.reached_on IS NULL AND t.open AND t.target_on >= %L)::int AS not_due,'
        || ' count(DISTINCT t.case_ref) FILTER (WHERE c.is_open)::int AS open_cases'
        || ' FROM reporting.target_fact_next t JOIN reporting.case_fact_next c ON c.case_ref = t.case_ref'
        || ' GROUP BY 1, 2, 3, 4', p_today, p_today);
    EXECUTE format('CREATE INDEX %I ON reporting.target_month_next (module, month)', 'target_month_' || gen);
    EXECUTE format('CREATE TABLE reporting.target_month_org_next AS'
        || ' SELECT module, procedure, team, organisation_id, date_trunc(''month'', cohort_on)::date AS month,'
        || ' count(*)::int AS cases,'
        || ' count(*) FILTER (WHERE reached_on <= target_on)::int AS met,'
        || ' count(*) FILTER (WHERE reached_on > target_on)::int AS late,'
        || ' count(*) FILTER (WHERE reached_on IS NULL AND open AND target_on < %L)::int AS overdue,'
        || ' count(*) FILTER (WHERE reached_on IS NULL AND open AND target_on >= %L)::int AS not_due'
        || ' FROM reporting.target_fact_next WHERE organisation_id IS NOT NULL'
        || ' GROUP BY 1, 2, 3, 4, 5', p_today, p_today);
    EXECUTE format('CREATE INDEX %I ON reporting.target_month_org_next (organisation_id, module)', 'target_month_org_' || gen);

    -- Targets reached, by month reached: how long from application to the target act.
    EXECUTE 'CREATE TABLE reporting.reach_month_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, date_trunc(''month'', target_reached_on)::date AS month,'
        || ' count(*)::int AS reached, count(*) FILTER (WHERE target_reached_on <= target_on)::int AS in_time,'
        || ' sum(target_reached_on - opened_on)::bigint AS total_days'
        || ' FROM reporting.case_fact_next WHERE target_reached_on IS NOT NULL GROUP BY 1, 2, 3, 4';
    EXECUTE format('CREATE INDEX %I ON reporting.reach_month_next (module, month)', 'reach_month_' || gen);
    EXECUTE 'CREATE TABLE reporting.reach_month_org_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, organisation_id,'
        || ' date_trunc(''month'', target_reached_on)::date AS month, count(*)::int AS reached,'
        || ' count(*) FILTER (WHERE target_reached_on <= target_on)::int AS in_time,'
        || ' sum(target_reached_on - opened_on)::bigint AS total_days'
        || ' FROM reporting.case_fact_next WHERE target_reached_on IS NOT NULL AND organisation_id IS NOT NULL'
        || ' GROUP BY 1, 2, 3, 4, 5';
    EXECUTE format('CREATE INDEX %I ON reporting.reach_month_org_next (organisation_id, module)', 'reach_month_org_' || gen);

    -- Open clocks of the configured modules' cases, with their state as of p_today (the same rule
    -- as the platform's status job) and what the filters and lists need from the case.
    EXECUTE format('CREATE TABLE reporting.clock_fact_next AS'
        || ' SELECT k.id, k.case_ref, c.module, c.reference, c.title, c.procedure, c.team, c.organisation, c.organisation_id,'
        || ' k.policy_code, k.legal_source, k.owner, k.start_event, k.due_date, k.at_risk_from,'
        || ' CASE WHEN k.status = ''SUSPENDED'' THEN ''SUSPENDED'' WHEN k.due_date < %L THEN ''BREACHED'''
        || '      WHEN k.at_risk_from <= %L THEN ''AT_RISK'' ELSE ''RUNNING'' END AS state'
        || ' FROM (' || clocks_sql || ') k JOIN reporting.case_fact_next c ON c.case_ref = k.case_ref', p_today, p_today);
    EXECUTE format('CREATE INDEX %I ON reporting.clock_fact_next (module, state, due_date)', 'clock_fact_state_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.clock_fact_next (due_date) WHERE state = ''BREACHED''', 'clock_fact_late_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.clock_fact_next (organisation_id)', 'clock_fact_org_' || gen);

    -- Open clocks counted by state and due day: the deadline board's numbers read a few thousand rows.
    EXECUTE 'CREATE TABLE reporting.clock_day_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, state, due_date, count(*)::int AS n'
        || ' FROM reporting.clock_fact_next GROUP BY 1, 2, 3, 4, 5';

    -- Open cases counted by day received / submitted: the backlog's age bands.
    EXECUTE 'CREATE TABLE reporting.open_day_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, opened_on, count(*)::int AS n'
        || ' FROM reporting.case_fact_next WHERE is_open GROUP BY 1, 2, 3, 4';
    EXECUTE 'CREATE TABLE reporting.open_day_org_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, organisation_id, opened_on, count(*)::int AS n'
        || ' FROM reporting.case_fact_next WHERE is_open AND organisation_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5';
    EXECUTE format('CREATE INDEX %I ON reporting.open_day_org_next (organisation_id, module)', 'open_day_org_' || gen);
    EXECUTE format('CREATE INDEX %I ON reporting.clock_fact_next (case_ref)', 'clock_fact_case_' || gen);

    -- Who works on what (open assignments), with the clocks of those cases at risk or breached.
    EXECUTE 'CREATE TABLE reporting.assignment_fact_next AS'
        || ' SELECT a.username, a.role, a.case_ref, c.module, c.procedure, c.team, c.organisation, c.organisation_id,'
        || ' COALESCE(k.at_risk, 0) AS at_risk_clocks, COALESCE(k.breached, 0) AS breached_clocks'
        || ' FROM (SELECT DISTINCT case_ref, username, role FROM (' || assign_sql || ') a0) a'
        || ' JOIN reporting.case_fact_next c ON c.case_ref = a.case_ref AND c.is_open'
        || ' LEFT JOIN (SELECT case_ref, count(*) FILTER (WHERE state = ''AT_RISK'')::int AS at_risk,'
        || '   count(*) FILTER (WHERE state = ''BREACHED'')::int AS breached FROM reporting.clock_fact_next GROUP BY case_ref) k'
        || '   ON k.case_ref = a.case_ref';
    EXECUTE format('CREATE INDEX %I ON reporting.assignment_fact_next (organisation_id)', 'assignment_fact_' || gen);

    -- Workload per person, module, procedure and team.
    EXECUTE 'CREATE TABLE reporting.workload_agg_next AS'
        || ' SELECT module, procedure, COALESCE(team, '''') AS team, username, role, count(*)::int AS open_cases,'
        || ' sum(at_risk_clocks)::int AS at_risk_clocks, sum(breached_clocks)::int AS breached_clocks'
        || ' FROM reporting.assignment_fact_next GROUP BY 1, 2, 3, 4, 5';

    FOREACH t IN ARRAY ARRAY['case_fact', 'stage_hist', 'target_month', 'reach_month', 'clock_fact',
            'assignment_fact', 'open_day', 'clock_day', 'workload_agg', 'stage_hist_all', 'target_month_org',
            'reach_month_org', 'stage_hist_org', 'open_day_org', 'target_fact'] LOOP
        EXECUTE format('DROP TABLE IF EXISTS reporting.%I', t);
        EXECUTE format('ALTER TABLE reporting.%I RENAME TO %I', t || '_next', t);
        EXECUTE format('GRANT SELECT ON reporting.%I TO ${app_role}', t);
        EXECUTE format('ANALYZE reporting.%I', t);
    END LOOP;

    INSERT INTO reporting.refresh_state (id, generation, as_of, refreshed_at, duration_ms, modules, missing_modules, clocks_included)
    VALUES (1, gen, p_today, now(), (extract(epoch FROM clock_timestamp() - started) * 1000)::bigint, included, missing, has_clocks)
    ON CONFLICT (id) DO UPDATE SET generation = EXCLUDED.generation, as_of = EXCLUDED.as_of,
        refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms, modules = EXCLUDED.modules,
        missing_modules = EXCLUDED.missing_modules, clocks_included = EXCLUDED.clocks_included;
    RETURN true;
END
$fn$;
