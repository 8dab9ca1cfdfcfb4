-- Issue 16: the similar-facts search (pg_trgm) of a new complaint runs after its intake commits, from
-- this queue, so that an intake never waits for it (about 1 s of CPU on 1M complaints, more for long
-- texts). A row is written in the intake's transaction, so a complaint whose search has not run yet
-- (server stopped, search failed) is still found by the next sweep. Same-organisation suggestions (an
-- index lookup) stay in the intake.
CREATE TABLE similar_facts_queue (
    complaint_id BIGINT      PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE,
    queued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts     INT         NOT NULL DEFAULT 0
);
CREATE INDEX similar_facts_queue_order ON similar_facts_queue (queued_at);
-- DELETE: a searched complaint leaves the queue.
GRANT SELECT, INSERT, UPDATE, DELETE ON similar_facts_queue TO ${app_role};
