-- Vigie's own retention schedule (issue 20, docs/retention.md): how long closed cases keep people's
-- data, the legal holds that suspend it, and what each run of the retention task did. Runs as the
-- schema owner; ${app_role} is the application's role.

-- One line per module, case type and outcome. A line absent here takes the module's default
-- (RetainedCaseType); the administrator's first change writes the line, later ones bump its version.
CREATE TABLE retention_rule (
    module                     VARCHAR(40)  NOT NULL,
    case_type                  VARCHAR(40)  NOT NULL,
    outcome                    VARCHAR(40)  NOT NULL,
    pseudonymise_after_months  INTEGER      NOT NULL,
    delete_file_after_months   INTEGER      NOT NULL,
    changed_by                 VARCHAR(64)  NOT NULL,
    changed_at                 TIMESTAMPTZ  NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (module, case_type, outcome),
    CONSTRAINT retention_rule_order_ck CHECK (pseudonymise_after_months >= 1
        AND delete_file_after_months >= pseudonymise_after_months
        AND delete_file_after_months <= 1200)
);

-- A legal hold suspends the schedule for one case until released; released holds stay as history.
CREATE TABLE legal_hold (
    id              BIGSERIAL     PRIMARY KEY,
    module          VARCHAR(40)   NOT NULL,
    case_ref        VARCHAR(100)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    placed_by       VARCHAR(64)   NOT NULL,
    placed_at       TIMESTAMPTZ   NOT NULL,
    released_by     VARCHAR(64),
    released_at     TIMESTAMPTZ,
    release_reason  VARCHAR(2000),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT legal_hold_kind_ck CHECK (kind IN ('APPEAL', 'LITIGATION', 'LINKED_CASE', 'OTHER')),
    CONSTRAINT legal_hold_release_ck CHECK ((released_at IS NULL) = (released_by IS NULL))
);
-- The task asks "which of this module's cases are held" at each batch; the screen lists active holds.
CREATE INDEX legal_hold_active_idx ON legal_hold (module, case_ref) WHERE released_at IS NULL;
-- One active hold of a kind per case: placing it twice (two servers, a double click) changes nothing.
CREATE UNIQUE INDEX legal_hold_active_kind_uk ON legal_hold (case_ref, kind) WHERE released_at IS NULL;

-- What each run did: the screen's "last runs"; the audit trail has one entry per batch as well.
CREATE TABLE retention_run (
    id           BIGSERIAL    PRIMARY KEY,
    started_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ,
    requested_by VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    pseudonymised INTEGER     NOT NULL DEFAULT 0,
    files_deleted INTEGER     NOT NULL DEFAULT 0,
    documents_deleted INTEGER NOT NULL DEFAULT 0,
    batches      INTEGER      NOT NULL DEFAULT 0,
    detail       TEXT,
    CONSTRAINT retention_run_outcome_ck CHECK (outcome IN ('RUNNING', 'DONE', 'SKIPPED', 'FAILED'))
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at DESC);

GRANT SELECT, INSERT, UPDATE ON retention_rule TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON legal_hold, retention_run TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE legal_hold_id_seq, retention_run_id_seq TO ${app_role};
