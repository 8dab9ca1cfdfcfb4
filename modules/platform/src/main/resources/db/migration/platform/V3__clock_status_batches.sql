-- Status changes made by batches (the status job, a calendar change) are recorded per batch:
-- one clock_status_batch row says who, when, why and how many; one narrow clock_status_flip row
-- per clock changed says from what to what. Why not a clock_event per changed clock, as acts on
-- a clock are: on the worst day most of a million clocks change status at once, and a wide,
-- foreign-keyed, doubly indexed event row with the same author and reason repeated each time
-- made that run last about a minute. A clock's history (the timeline, the API) shows its flips
-- merged with its events; the audit trail has one entry per batch, which names the batch.

CREATE TABLE clock_status_batch (
    id           BIGSERIAL PRIMARY KEY,
    -- TIME_PASSED (status job sweep), SUSPENDED (status job, suspended clocks), CALENDAR (holiday change)
    cause        VARCHAR(20)  NOT NULL,
    run_day      DATE         NOT NULL,
    author       VARCHAR(64)  NOT NULL,
    reason       TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT clock_status_batch_cause_ck CHECK (cause IN ('TIME_PASSED', 'SUSPENDED', 'CALENDAR'))
);

-- No foreign keys (each would cost a lookup per row on the worst day): rows are only ever written
-- by the statement that changes the clocks, from the rows it changed, in the batch's transaction.
CREATE TABLE clock_status_flip (
    clock_id         BIGINT      NOT NULL,
    batch_id         BIGINT      NOT NULL,
    status_before    VARCHAR(12) NOT NULL,
    status_after     VARCHAR(12) NOT NULL,
    due_date_before  DATE        NOT NULL,
    due_date_after   DATE        NOT NULL
);
-- A clock's history (btree), and a batch's list: rows are appended batch after batch, so a BRIN
-- index on the batch id finds them for almost nothing.
CREATE INDEX clock_status_flip_clock_idx ON clock_status_flip (clock_id, batch_id);
CREATE INDEX clock_status_flip_batch_idx ON clock_status_flip USING brin (batch_id);

-- Room in every page for the new version of each row, so that the daily flips (which change no
-- indexed column) stay heap-only updates even on a day when most clocks change: at 70 % a third
-- of them spilled to other pages and had to update all six indexes. Applies to pages written
-- from now on (VACUUM FULL rewrites the existing ones).
ALTER TABLE clock SET (fillfactor = 50);

-- The due-date index without the at-risk day: a recomputation that moves only the at-risk day
-- (a policy's warning changed, a calendar change near the end of a period) then changes no
-- indexed column and stays a heap-only update. Reports of at-risk clocks still find them by due
-- date (at risk means: at_risk_from <= today <= due_date).
DROP INDEX clock_open_due_idx;
CREATE INDEX clock_open_due_idx ON clock (due_date) WHERE outcome = 'PENDING';

-- Fewer indexes to update when a recomputation moves due dates (every index of a row gets a new
-- entry then): "by module" has a handful of values, so the due-date index and a filter on the
-- module serve those reports as well; the reporting module's materialized views do the rest.
DROP INDEX clock_open_module_idx;

-- The batch recomputation reads, for a page of clocks, only the events that move a due date:
-- this partial index holds just those (a few per cent of the rows), so the STARTED event every
-- clock has is never fetched. The predicate is the one of BatchRecompute.HISTORY.
CREATE INDEX clock_event_facts_idx ON clock_event (clock_id, id)
    WHERE type IN ('SUSPENDED', 'RESUMED', 'EXTENDED', 'MET', 'STOPPED');

GRANT SELECT, INSERT ON clock_status_batch, clock_status_flip TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
