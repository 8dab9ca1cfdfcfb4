-- Clocks change only through their case's own acts; an administrator's correction of a start event
-- recorded wrongly is the one generic change, kept in the clock's history as a CORRECTED event.
ALTER TABLE clock_event DROP CONSTRAINT clock_event_type_ck;
ALTER TABLE clock_event ADD CONSTRAINT clock_event_type_ck
    CHECK (type IN ('STARTED', 'SUSPENDED', 'RESUMED', 'EXTENDED', 'MET', 'STOPPED', 'RECOMPUTED', 'REASSIGNED',
                    'CORRECTED'));
