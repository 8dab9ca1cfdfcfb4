-- Vigie's own retention schedule (issue 20, docs/retention.md): the day a closed dossier's personal data
-- (principal investigator, people named, free text of its history) was pseudonymised, and the day its
-- file was deleted. The dossier, its dates, decision and figures stay for the reports and the register.
ALTER TABLE dossier ADD COLUMN pseudonymised_on DATE;
ALTER TABLE dossier ADD COLUMN file_deleted_on DATE;

CREATE INDEX dossier_retention_pseudonymise_idx ON dossier (closed_on, id)
    WHERE status IN ('CLOSED', 'REFUSED', 'WITHDRAWN') AND pseudonymised_on IS NULL;
CREATE INDEX dossier_retention_delete_idx ON dossier (closed_on, id)
    WHERE status IN ('CLOSED', 'REFUSED', 'WITHDRAWN') AND file_deleted_on IS NULL;
-- A person's request searches names with LIKE '%…%' over a few hundred thousand dossiers at most: a
-- sequential scan, rare and acceptable; pg_trgm lives in the complaints schema, not this module's.

-- The history is append-only for the application (SELECT, INSERT). Its reasons may name people: this
-- function, and nothing else, erases them — only on dossiers already pseudonymised, with a fixed text.
CREATE FUNCTION erase_event_reasons(p_dossier_ids BIGINT[]) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    erased INTEGER;
BEGIN
    UPDATE ${flyway:defaultSchema}.dossier_event e
       SET reason = 'Texte effacé (durée de conservation échue)'
      FROM ${flyway:defaultSchema}.dossier d
     WHERE e.dossier_id = d.id
       AND d.id = ANY (p_dossier_ids)
       AND d.pseudonymised_on IS NOT NULL
       AND e.reason IS NOT NULL;
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION erase_event_reasons(BIGINT[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION erase_event_reasons(BIGINT[]) TO ${app_role};
