-- Issue 19: the complaints module's part of cross-border cases (Regulation (EU) 2025/2518 Art. 4).
-- Null xb_route: a complaint not received as a cross-border complaint (all rows before this version).
ALTER TABLE complaint
    ADD COLUMN xb_route                   VARCHAR(30),
    ADD COLUMN xb_body_name               VARCHAR(300),
    ADD COLUMN xb_body_mandate            TEXT,
    ADD COLUMN xb_confidentiality_claimed BOOLEAN,
    ADD COLUMN xb_stated_lead             CHAR(2),
    ADD COLUMN xb_received_from           CHAR(2),
    ADD COLUMN xb_received_from_reference VARCHAR(100),
    ADD COLUMN xb_admissibility           VARCHAR(40),
    ADD COLUMN xb_admissibility_on        DATE,
    ADD COLUMN xb_missing_information     VARCHAR(200),
    ADD COLUMN xb_inadmissibility_reasons TEXT,
    ADD COLUMN xb_assessed_on             DATE,
    ADD COLUMN xb_assessed_cross_border   BOOLEAN,
    ADD COLUMN xb_presumed_lead           CHAR(2),
    ADD COLUMN xb_assessment_reason       TEXT,
    ADD COLUMN xb_transmitted_on          DATE,
    ADD COLUMN xb_transmitted_to          CHAR(2),
    ADD COLUMN xb_transmitted_by          VARCHAR(100),
    ADD COLUMN xb_documents_sent          TEXT,
    ADD COLUMN xb_led_here_on             DATE,
    ADD COLUMN xb_announced_on            DATE,
    ADD COLUMN xb_inadmissibility_clock_id BIGINT,
    ADD COLUMN xb_transmission_clock_id   BIGINT;

-- The work list's "cross-border" filter: few rows among many.
CREATE INDEX complaint_cross_border_idx ON complaint (received_on) WHERE xb_route IS NOT NULL OR cross_border;
