-- Work list at a million complaints, third round (bench ComplaintWorklistBenchmark, docs/complaints.md).
-- The category filter was a semi-join to complaint_category: with another filter (priority HIGH) the
-- planner had to fetch thousands of complaint rows to check both (p95 725 ms). The categories are now
-- also a text[] on the complaint with a GIN index, so that category and priority are one table's
-- bitmap AND and the list's column needs no sub-query.
--
-- complaint_category stays the table the application writes (JPA element collection); the array is
-- kept equal to it by the trigger below, in the same transaction, and is never written otherwise.
-- Categories are set at intake and never change, so the trigger costs one update per intake.
ALTER TABLE complaint ADD COLUMN categories TEXT[] NOT NULL DEFAULT '{}';

UPDATE complaint c SET categories = cat.categories
FROM (SELECT complaint_id, array_agg(category::text ORDER BY category) AS categories
      FROM complaint_category GROUP BY complaint_id) cat
WHERE cat.complaint_id = c.id;

CREATE FUNCTION complaint_categories_sync() RETURNS trigger
    LANGUAGE plpgsql SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    target BIGINT := CASE TG_OP WHEN 'DELETE' THEN OLD.complaint_id ELSE NEW.complaint_id END;
BEGIN
    UPDATE complaint SET categories = COALESCE((SELECT array_agg(cc.category::text ORDER BY cc.category)
                                                FROM complaint_category cc WHERE cc.complaint_id = target), '{}')
    WHERE id = target;
    RETURN NULL;
END $$;

CREATE TRIGGER complaint_category_sync AFTER INSERT OR UPDATE OR DELETE ON complaint_category
    FOR EACH ROW EXECUTE FUNCTION complaint_categories_sync();

CREATE INDEX complaint_categories_idx ON complaint USING GIN (categories);

-- "My complaints" sorted by priority: the handler's open complaints read in priority order from one
-- small partial index (no sort, no heap visit to check the status).
CREATE INDEX complaint_open_assignee_rank_idx ON complaint
    (assignee, (CASE COALESCE(priority, proposed_priority) WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END), id)
    WHERE status <> 'CLOSED';
