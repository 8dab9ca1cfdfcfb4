-- Vigie's own retention schedule (issue 20, docs/retention.md): the day a closed complaint's personal
-- data was pseudonymised, and the day its file was deleted. Reports keep counting the complaint.
ALTER TABLE complaint ADD COLUMN pseudonymised_on DATE;
ALTER TABLE complaint ADD COLUMN file_deleted_on DATE;

-- The retention task's batches: closed complaints not yet at a step, oldest closure first.
CREATE INDEX complaint_retention_pseudonymise_idx ON complaint (closed_on, id)
    WHERE status = 'CLOSED' AND pseudonymised_on IS NULL;
CREATE INDEX complaint_retention_delete_idx ON complaint (closed_on, id)
    WHERE status = 'CLOSED' AND file_deleted_on IS NULL;

-- Data-subject requests: "which complaints hold this person's data", by name, e-mail or address.
CREATE INDEX complaint_complainant_name_trgm_idx
    ON complaint USING GIN (lower(complainant_name) ${flyway:defaultSchema}.gin_trgm_ops);
CREATE INDEX complaint_complainant_email_idx ON complaint (lower(complainant_email));
CREATE INDEX complaint_complainant_address_trgm_idx
    ON complaint USING GIN (lower(complainant_address) ${flyway:defaultSchema}.gin_trgm_ops);
