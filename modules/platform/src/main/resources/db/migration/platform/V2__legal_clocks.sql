-- Legal clocks: versioned policies, the administrator's holiday adjustments, clocks on cases and
-- their events. Statuses and due dates are stored (and kept up to date by the application and the
-- status job) so that reports filter and sort on them in SQL, with the indexes below.

-- One row per version of a legal policy. A version is never changed once written: a revision
-- inserts the next version, and every clock keeps the version it started under.
CREATE TABLE clock_policy_version (
    code                 VARCHAR(80)  NOT NULL,
    version              INTEGER      NOT NULL,
    title                VARCHAR(300) NOT NULL,
    legal_source         VARCHAR(300) NOT NULL,
    period               VARCHAR(40)  NOT NULL,
    -- every <attribute>=<value> of the policy, as in legal-policies.properties (the reference form)
    definition           TEXT         NOT NULL,
    effective_from       TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    reason               TEXT,
    PRIMARY KEY (code, version),
    CONSTRAINT clock_policy_version_ck CHECK (version >= 1)
);

-- The administrator's exceptions to the national holidays: a day ADDED as a holiday (with its
-- name) or a national holiday REMOVED (worked that year). One exception per day at most.
CREATE TABLE holiday_override (
    id          BIGSERIAL PRIMARY KEY,
    day         DATE         NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    name        VARCHAR(200),
    reason      TEXT         NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT holiday_override_day_uk UNIQUE (day),
    CONSTRAINT holiday_override_kind_ck CHECK (kind IN ('ADDED', 'REMOVED')),
    CONSTRAINT holiday_override_name_ck CHECK (kind = 'REMOVED' OR name IS NOT NULL)
);

CREATE TABLE clock (
    id               BIGSERIAL PRIMARY KEY,
    case_ref         VARCHAR(100) NOT NULL,
    module           VARCHAR(40)  NOT NULL,
    policy_code      VARCHAR(80)  NOT NULL,
    policy_version   INTEGER      NOT NULL,
    owner            VARCHAR(64)  NOT NULL,
    -- the day of the start event (for a period counted back: the later event, e.g. the hearing)
    start_event      DATE         NOT NULL,
    -- the day the clock was recorded (anchor of the at-risk warning for periods counted back)
    opened_on        DATE         NOT NULL,
    -- last day of the period (it expires at the end of that day), suspended days counted as of the last recompute
    due_date         DATE         NOT NULL,
    at_risk_from     DATE         NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    suspended        BOOLEAN      NOT NULL DEFAULT FALSE,
    outcome          VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    ended_on         DATE,
    extension_count  INTEGER      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT clock_policy_fk FOREIGN KEY (policy_code, policy_version) REFERENCES clock_policy_version (code, version),
    CONSTRAINT clock_status_ck CHECK (status IN ('RUNNING', 'SUSPENDED', 'AT_RISK', 'BREACHED', 'MET', 'STOPPED')),
    CONSTRAINT clock_outcome_ck CHECK (outcome IN ('PENDING', 'MET', 'STOPPED')),
    CONSTRAINT clock_ended_ck CHECK ((outcome = 'PENDING') = (ended_on IS NULL)),
    CONSTRAINT clock_dates_ck CHECK (at_risk_from <= due_date)
) WITH (fillfactor = 70);
-- Reports: "breached / at risk, by due date", "by module", "my clocks", "clocks of this case".
-- For an open clock the status follows from due_date and at_risk_from, so the report indexes
-- are on those dates and leave the status column out: the status job's daily flips then change
-- no indexed column and PostgreSQL can make them heap-only updates (HOT) that touch no index,
-- helped by the free space the fill factor keeps in each page.
CREATE INDEX clock_open_due_idx ON clock (due_date, at_risk_from) WHERE outcome = 'PENDING';
CREATE INDEX clock_open_module_idx ON clock (module, due_date) WHERE outcome = 'PENDING';
CREATE INDEX clock_open_owner_idx ON clock (owner, due_date) WHERE outcome = 'PENDING';
CREATE INDEX clock_case_idx ON clock (case_ref);
-- The status job and the recomputations walk the open clocks by id.
CREATE INDEX clock_open_idx ON clock (id) WHERE outcome = 'PENDING';

-- Append-only history of every clock (the application role may not change or delete it).
CREATE TABLE clock_event (
    id              BIGSERIAL PRIMARY KEY,
    clock_id        BIGINT       NOT NULL REFERENCES clock (id),
    type            VARCHAR(12)  NOT NULL,
    -- the day the event takes effect (start event, first suspended day, resumption, meeting...)
    event_date      DATE         NOT NULL,
    author          VARCHAR(64)  NOT NULL,
    reason          TEXT,
    -- extensions only: the amount and unit granted
    amount          INTEGER,
    unit            VARCHAR(20),
    due_date_after  DATE         NOT NULL,
    status_after    VARCHAR(12)  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT clock_event_type_ck CHECK (type IN ('STARTED', 'SUSPENDED', 'RESUMED', 'EXTENDED', 'MET', 'STOPPED', 'RECOMPUTED')),
    CONSTRAINT clock_event_extension_ck CHECK ((type = 'EXTENDED') = (amount IS NOT NULL AND unit IS NOT NULL)),
    CONSTRAINT clock_event_amount_ck CHECK (amount IS NULL OR amount > 0)
);
CREATE INDEX clock_event_clock_idx ON clock_event (clock_id, id);

GRANT SELECT, INSERT ON clock_policy_version TO ${app_role};
GRANT SELECT, INSERT, DELETE ON holiday_override TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON clock TO ${app_role};
GRANT SELECT, INSERT ON clock_event TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
