-- Work list at a million complaints (figures in docs/complaints.md, bench ComplaintWorklistBenchmark).
-- Each sort of the work list can be read from an index in order, so that an unfiltered or loosely
-- filtered page stops after its rows instead of sorting the table; the id is the tie-breaker of
-- every sort (pages never overlap).
CREATE INDEX complaint_status_id_idx ON complaint (status, id);
CREATE INDEX complaint_org_name_sort_idx ON complaint (organisation_name, id);
CREATE INDEX complaint_assignee_sort_idx ON complaint (assignee, id);
CREATE INDEX complaint_priority_rank_idx ON complaint
    ((CASE COALESCE(priority, proposed_priority) WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END), id);
-- The Art. 78(2) filter ("at risk", "breached") and its counters start from the few clocks in that state.
CREATE INDEX clock_status_state_due_idx ON clock_status (state, due_date, clock_id);
-- (policy_code, state) is covered by the index above for the work list; keep it for per-policy reads.

-- Yearly reference numbers: PL-YYYY-NNNNNN restarts at 1 each year. One row per year, incremented
-- with INSERT ... ON CONFLICT DO UPDATE ... RETURNING: the row lock serialises concurrent intakes
-- of the same year until their transaction ends, and a rolled-back intake gives its number back,
-- so numbers have no gaps (unlike a sequence).
CREATE TABLE complaint_number (
    year        INTEGER PRIMARY KEY,
    last_number BIGINT  NOT NULL,
    CONSTRAINT complaint_number_year_ck CHECK (year BETWEEN 1900 AND 9999),
    CONSTRAINT complaint_number_positive_ck CHECK (last_number >= 0)
);
-- Numbers already given (by the global sequence of V1) continue in their year.
INSERT INTO complaint_number (year, last_number)
SELECT substr(reference, 4, 4)::int, MAX(substr(reference, 9)::bigint) FROM complaint GROUP BY 1;
DROP SEQUENCE complaint_number_seq;

GRANT SELECT, INSERT, UPDATE ON complaint_number TO ${app_role};
