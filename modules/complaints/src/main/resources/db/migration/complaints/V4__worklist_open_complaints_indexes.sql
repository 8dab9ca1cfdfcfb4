-- Work list at a million complaints, second round (bench ComplaintWorklistBenchmark, docs/complaints.md).
-- Handlers mostly look at open complaints (5 % of the rows): small partial indexes for them, used
-- when the filter names open statuses (status IN (...) of open statuses implies status <> 'CLOSED').
CREATE INDEX complaint_open_received_idx ON complaint (received_on DESC, id DESC) WHERE status <> 'CLOSED';
CREATE INDEX complaint_open_facts_tsv_idx ON complaint USING GIN (facts_tsv) WHERE status <> 'CLOSED';
-- Priority filter, newest first, and its id for index-only joins with the category table.
CREATE INDEX complaint_priority_received_idx ON complaint
    (COALESCE(priority, proposed_priority), received_on DESC, id DESC);
DROP INDEX complaint_priority_idx;
