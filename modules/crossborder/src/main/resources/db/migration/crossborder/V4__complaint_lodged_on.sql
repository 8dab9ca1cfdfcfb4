-- Regulation (EU) 2025/2518 Art. 36: a complaint-based case's rules follow the day its earliest joined
-- complaint was lodged, not the day the case was opened. Null for an ex officio case. Existing cases were
-- opened on their first complaint's receipt day (ADR 12), so opened_on is what Art. 36 looked at for them.
ALTER TABLE crossborder.cross_border_case ADD COLUMN complaint_lodged_on date;
