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

-- The timeline is append-only for the application (SELECT, INSERT). Its reasons, free text staff wrote,
-- may name the complainant: this function, and nothing else, erases them — only on complaints already
-- pseudonymised, and only by writing the fixed text below.
CREATE FUNCTION erase_timeline_reasons(p_complaint_ids BIGINT[]) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    erased INTEGER;
BEGIN
    UPDATE ${flyway:defaultSchema}.timeline_entry t
       SET reason = 'Texte effacé (durée de conservation échue)'
      FROM ${flyway:defaultSchema}.complaint c
     WHERE t.complaint_id = c.id
       AND c.id = ANY (p_complaint_ids)
       AND c.pseudonymised_on IS NOT NULL
       AND t.reason IS NOT NULL;
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION erase_timeline_reasons(BIGINT[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_timeline_reasons(BIGINT[]) TO ${app_role};
