-- ADR 7: cases refer to the platform's organisation directory by id (platform.organisation.id).
-- No foreign key across schemas: each module owns its schema. Filled for new and changed cases
-- through OrganisationEnrolment, and for existing rows by the "organisation directory backfill"
-- system task (by SIREN). The copy columns stay, written as before, for one more release.
ALTER TABLE interest ADD COLUMN organisation_id BIGINT;
CREATE INDEX interest_organisation_id_idx ON interest (organisation_id);
ALTER TABLE review ADD COLUMN organisation_id BIGINT;
CREATE INDEX review_organisation_id_idx ON review (organisation_id);
