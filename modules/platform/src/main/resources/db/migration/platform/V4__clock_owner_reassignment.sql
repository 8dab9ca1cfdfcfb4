-- A clock's history records its hand-over to another owner when its case is reassigned
-- (LegalClocks.reassignOwner): one more event type.
ALTER TABLE clock_event DROP CONSTRAINT clock_event_type_ck;
ALTER TABLE clock_event ADD CONSTRAINT clock_event_type_ck
    CHECK (type IN ('STARTED', 'SUSPENDED', 'RESUMED', 'EXTENDED', 'MET', 'STOPPED', 'RECOMPUTED', 'REASSIGNED'));
