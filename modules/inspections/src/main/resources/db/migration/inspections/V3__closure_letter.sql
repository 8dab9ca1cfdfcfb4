-- The letter of a closure "with recommendations" (issue 13): a PDF stored by the platform's
-- documents, its id kept on the inspection. Older closures with recommendations have none.
ALTER TABLE inspection ADD COLUMN closure_letter VARCHAR(36);
