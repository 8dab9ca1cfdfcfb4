-- Scheduled jobs run once per due time across the servers (issue 16, docs/cluster.md "Scheduled
-- jobs", JobRuns): every server's timer fires, and the one whose INSERT ... ON CONFLICT DO NOTHING
-- gets the (job, due time) row in runs the job. The row also tells the operator which server ran it,
-- when it started and when it finished (empty: under way, or its server died half way). Old rows are
-- deleted by the claims themselves (vigie.jobs.runs.keep-days). Runs as the schema owner; ${app_role}
-- is the application's role.

CREATE TABLE job_run (
    job          VARCHAR(80)   NOT NULL,
    -- The timer's scheduled time: the minute it fired at (every schedule fires on a whole minute).
    due_at       TIMESTAMPTZ   NOT NULL,
    -- Liberty's server name and host, e.g. vigie-a@app1.
    server       VARCHAR(200)  NOT NULL,
    started_at   TIMESTAMPTZ   NOT NULL,
    finished_at  TIMESTAMPTZ,
    PRIMARY KEY (job, due_at),
    CONSTRAINT job_run_due_minute_ck CHECK (due_at = date_trunc('minute', due_at)),
    CONSTRAINT job_run_order_ck CHECK (finished_at IS NULL OR finished_at >= started_at)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON job_run TO ${app_role};
