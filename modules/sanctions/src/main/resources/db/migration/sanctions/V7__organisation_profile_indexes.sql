-- The organisation 360° page (ADR 9) finds an organisation's formal notices and sanction cases by the
-- SIREN part of the recorded number (a SIREN or a SIRET), until cases store the directory id (ADR 7).
CREATE INDEX formal_notice_org_siren_idx ON formal_notice (substring(organisation_number FROM 1 FOR 9));
CREATE INDEX sanction_case_org_siren_idx ON sanction_case (substring(organisation_number FROM 1 FOR 9));
