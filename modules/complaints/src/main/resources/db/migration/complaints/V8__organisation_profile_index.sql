-- The inspection risk score of one organisation (its 360° page, ADR 9) reads this module's published
-- view report_case by the SIREN part of organisation_id (= organisation_identifier, a SIREN or a SIRET).
-- Without this index that predicate scans every complaint; the expression is the view's, so the
-- planner uses the index through the view.
CREATE INDEX complaint_org_identifier_siren_idx
    ON complaint (substring(organisation_identifier::text FROM 1 FOR 9));
