-- The inspection list (bench: two shapes over the 150 ms p95 target at 50,000 inspections).
-- The inspector filter now asks team_member for an inspector's inspections once (an uncorrelated IN,
-- hashed by PostgreSQL): this index answers it from the index alone.
CREATE INDEX team_member_username_inspection_idx ON team_member (username, inspection_id);
DROP INDEX team_member_username_idx;
