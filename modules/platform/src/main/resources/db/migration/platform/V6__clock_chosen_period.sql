-- A clock may run for a period chosen for its case within its policy's bounds (a formal notice's
-- compliance deadline, a data permit's term): kept on the clock (null = the policy's own period),
-- read by every recomputation, and recorded on the clock's STARTED event for its history.
ALTER TABLE clock ADD COLUMN period_amount INTEGER;
ALTER TABLE clock ADD COLUMN period_unit VARCHAR(20);
ALTER TABLE clock ADD CONSTRAINT clock_period_ck
    CHECK ((period_amount IS NULL) = (period_unit IS NULL) AND (period_amount IS NULL OR period_amount > 0));

ALTER TABLE clock_event DROP CONSTRAINT clock_event_extension_ck;
ALTER TABLE clock_event ADD CONSTRAINT clock_event_extension_ck
    CHECK ((type = 'EXTENDED' AND amount IS NOT NULL AND unit IS NOT NULL)
        OR (type = 'STARTED' AND (amount IS NULL) = (unit IS NULL))
        OR (type NOT IN ('EXTENDED', 'STARTED') AND amount IS NULL AND unit IS NULL));
