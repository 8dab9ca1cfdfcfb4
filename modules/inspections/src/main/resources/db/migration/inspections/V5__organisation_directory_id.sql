-- ADR 7: cases refer to the platform's organisation directory by id (platform.organisation.id).
-- No foreign key across schemas: each module owns its schema. Filled for new and changed cases
-- through OrganisationEnrolment, and for existing rows by the "organisation directory backfill"
-- system task (by SIREN). The copy columns stay, written as before, for one more release.
ALTER TABLE inspection ADD COLUMN organisation_id BIGINT;
CREATE INDEX inspection_organisation_id_idx ON inspection (organisation_id);
ALTER TABLE interest_declaration ADD COLUMN organisation_id BIGINT;
CREATE INDEX interest_declaration_organisation_id_idx ON interest_declaration (organisation_id);
-- Declarations are written once; only their link to the directory is filled afterwards.
GRANT UPDATE (organisation_id) ON interest_declaration TO ${app_role};
