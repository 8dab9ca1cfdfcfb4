-- ADR 7: cases refer to the platform's organisation directory by id (platform.organisation.id).
-- No foreign key across schemas: each module owns its schema. Filled for new and changed cases
-- through OrganisationEnrolment, and for existing rows by the "organisation directory backfill"
-- system task (by SIREN). The copy columns stay, written as before, for one more release.
ALTER TABLE formal_notice ADD COLUMN organisation_id BIGINT;
CREATE INDEX formal_notice_organisation_id_idx ON formal_notice (organisation_id);
ALTER TABLE sanction_case ADD COLUMN organisation_id BIGINT;
CREATE INDEX sanction_case_organisation_id_idx ON sanction_case (organisation_id);
ALTER TABLE interest_declaration ADD COLUMN organisation_id BIGINT;
CREATE INDEX interest_declaration_organisation_id_idx ON interest_declaration (organisation_id);
