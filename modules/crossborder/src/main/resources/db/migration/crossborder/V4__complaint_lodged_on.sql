-- Regulation (EU) 2025/2518 Art. 36: a complaint-based case's rules follow the day its earliest joined
-- complaint was lodged, not the day the case was opened. Null for an ex officio case. Existing cases were
-- opened on their first complaint's receipt day (ADR 12), so opened_on is what Art. 36 looked at for them.
ALTER TABLE crossborder.cross_border_case ADD COLUMN complaint_lodged_on date;

-- Regulation (EU) 2025/2518 Art. 12(3)/12(6): the investigation deadline is extended once; by how many months.
ALTER TABLE crossborder.cross_border_case ADD COLUMN investigation_extended_months integer;
