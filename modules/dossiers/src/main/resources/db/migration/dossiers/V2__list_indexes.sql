-- The instructors' list at 100,000 dossiers (issue 5, DossierQueryBenchmark).
-- Filter by procedure, newest first (also a deep page of it through the API): read in index order.
CREATE INDEX dossier_procedure_submitted_idx ON dossier (procedure, submitted_on DESC NULLS LAST, id DESC);
-- Sort by organisation (the list's "organisation" column, in the database's collation), with the
-- id as tie-breaker, read in index order; the prefix filter itself uses dossier_org_lower_idx
-- (text_pattern_ops), which cannot give the collation's order.
CREATE INDEX dossier_org_sort_idx ON dossier (lower(organisation_name), id);
