-- Issue 19: the cross-border case a complaint was joined to, and where it stands, as the crossborder
-- module announced it (CrossBorderStageReached). Null: a complaint joined to no case. Written with the
-- complaint's own version, like every change of the complaint.
ALTER TABLE complaint
    ADD COLUMN xb_case_reference VARCHAR(20),
    ADD COLUMN xb_case_stage     VARCHAR(40),
    ADD COLUMN xb_case_role      VARCHAR(10),
    ADD COLUMN xb_case_stage_on  DATE;
