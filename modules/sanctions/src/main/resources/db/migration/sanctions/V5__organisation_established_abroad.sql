-- Whether the organisation is established abroad (outside France): its period to appeal against a
-- decision before the Conseil d'État is then 2 months longer (CJA art. R. 421-7, policy
-- CONSEIL_ETAT_APPEAL_ABROAD). Kept with the organisation on the formal notice and on the case.
-- Existing notices and cases are taken as established in France.
ALTER TABLE formal_notice ADD COLUMN established_abroad BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sanction_case ADD COLUMN established_abroad BOOLEAN NOT NULL DEFAULT FALSE;
