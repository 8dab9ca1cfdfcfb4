-- Research-authorisation dossiers (DOMAIN.md §4). Runs as the schema owner; ${app_role} is the application's role.
CREATE SEQUENCE dossier_number_seq;

CREATE TABLE dossier (
    id                       BIGSERIAL PRIMARY KEY,
    reference                VARCHAR(20)   NOT NULL,
    procedure                VARCHAR(30)   NOT NULL,
    status                   VARCHAR(30)   NOT NULL,
    instructor               VARCHAR(64)   NOT NULL,
    title                    VARCHAR(300),
    organisation_name        VARCHAR(300),
    organisation_country     CHAR(2)       NOT NULL DEFAULT 'FR',
    siren                    CHAR(9),
    public_body              BOOLEAN       NOT NULL DEFAULT FALSE,
    principal_investigator   VARCHAR(300),
    purpose                  VARCHAR(30),
    purpose_description      TEXT,
    data_sources             TEXT,
    data_categories          TEXT,
    data_form                VARCHAR(20),
    data_form_justification  TEXT,
    ethics_assessment        TEXT,
    requested_months         INTEGER,
    processing_environment   VARCHAR(300),
    fee_amount               NUMERIC(12,2),
    fee_currency             CHAR(3),
    fee_accepted             BOOLEAN,
    created_on               DATE          NOT NULL,
    submitted_on             DATE,
    complete_on              DATE,
    accelerated              BOOLEAN       NOT NULL DEFAULT FALSE,
    opinion                  VARCHAR(40),
    opinion_on               DATE,
    opinion_text             TEXT,
    decision                 VARCHAR(30),
    decision_on              DATE,
    decision_reasons         TEXT,
    decision_extended        BOOLEAN       NOT NULL DEFAULT FALSE,
    decision_published_on    DATE,
    permit_issued_on         DATE,
    permit_expires_on        DATE,
    permit_conditions        TEXT,
    permit_document          VARCHAR(36),  -- a platform document id (text: EclipseLink binds a null UUID as varchar)
    permit_extended          BOOLEAN       NOT NULL DEFAULT FALSE,
    delivered_on             DATE,
    available_on             DATE,
    expired_on               DATE,
    closed_on                DATE,
    stage_due_on             DATE,
    completion_clock_id      BIGINT,
    opinion_clock_id         BIGINT,
    decision_clock_id        BIGINT,
    target_clock_id          BIGINT,
    delivery_clock_id        BIGINT,
    availability_clock_id    BIGINT,
    publication_clock_id     BIGINT,
    permit_clock_id          BIGINT,
    extension_clock_id       BIGINT,
    deletion_clock_id        BIGINT,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT dossier_reference_uk UNIQUE (reference),
    CONSTRAINT dossier_procedure_ck CHECK (procedure IN ('NATIONAL','EHDS_ACCESS_APPLICATION','EHDS_DATA_REQUEST')),
    CONSTRAINT dossier_status_ck CHECK (status IN ('DRAFT','SUBMITTED','INCOMPLETE','COMMITTEE_REVIEW','DECISION_PENDING',
        'DATA_PREPARATION','DATA_DELIVERED','DATA_AVAILABLE','PERMIT_EXPIRED','CLOSED','REFUSED','WITHDRAWN')),
    CONSTRAINT dossier_months_ck CHECK (requested_months IS NULL OR requested_months BETWEEN 1 AND 120),
    CONSTRAINT dossier_fee_ck CHECK (fee_amount IS NULL OR fee_amount >= 0),
    -- Art. 68(12): a permit lasts at most 10 years (an extension adds at most 10 more).
    CONSTRAINT dossier_permit_ck CHECK (permit_expires_on IS NULL OR permit_expires_on <= permit_issued_on + INTERVAL '20 years')
);
-- The instructors' list: filters on status/procedure/instructor, sorts on dates; text search on title and organisation.
CREATE INDEX dossier_created_idx ON dossier (created_on DESC, id DESC);
CREATE INDEX dossier_submitted_idx ON dossier (submitted_on DESC NULLS LAST, id DESC);
CREATE INDEX dossier_status_idx ON dossier (status, submitted_on DESC NULLS LAST, id DESC);
-- The default view (open dossiers, newest first) and its count; "to decide, by due date".
CREATE INDEX dossier_open_submitted_idx ON dossier (submitted_on DESC NULLS LAST, id DESC)
    WHERE status NOT IN ('CLOSED', 'REFUSED', 'WITHDRAWN');
CREATE INDEX dossier_status_due_idx ON dossier (status, stage_due_on, id);
CREATE INDEX dossier_instructor_idx ON dossier (instructor, status);
CREATE INDEX dossier_due_idx ON dossier (stage_due_on, id) WHERE stage_due_on IS NOT NULL;
CREATE INDEX dossier_siren_idx ON dossier (siren);
CREATE INDEX dossier_org_lower_idx ON dossier (lower(organisation_name) text_pattern_ops);
-- The public register: submitted applications and published decisions, newest first.
CREATE INDEX dossier_register_idx ON dossier (submitted_on DESC, id DESC) WHERE submitted_on IS NOT NULL;

CREATE TABLE named_person (
    dossier_id BIGINT       NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(300) NOT NULL,
    PRIMARY KEY (dossier_id, position)
);

CREATE TABLE declaration (
    dossier_id     BIGINT      NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    prohibited_use VARCHAR(40) NOT NULL,
    PRIMARY KEY (dossier_id, prohibited_use)
);

CREATE TABLE attachment (
    dossier_id  BIGINT NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    document_id VARCHAR(36) NOT NULL
);
CREATE INDEX attachment_dossier_idx ON attachment (dossier_id);

CREATE TABLE dossier_event (
    id           BIGSERIAL PRIMARY KEY,
    dossier_id   BIGINT       NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    type         VARCHAR(40)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    reason       TEXT,
    detail       VARCHAR(500)
);
CREATE INDEX dossier_event_dossier_idx ON dossier_event (dossier_id, occurred_at);

CREATE TABLE dossier_stage (
    id          BIGSERIAL PRIMARY KEY,
    dossier_id  BIGINT       NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    stage       VARCHAR(20)  NOT NULL,
    stage_order INTEGER      NOT NULL,
    started_on  DATE         NOT NULL,
    ended_on    DATE,
    CONSTRAINT dossier_stage_ck CHECK (stage IN ('COMPLETENESS','COMMITTEE','DECISION','DATA_HOLDER','AVAILABILITY')),
    CONSTRAINT dossier_stage_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX dossier_stage_dossier_idx ON dossier_stage (dossier_id, started_on);
CREATE INDEX dossier_stage_open_idx ON dossier_stage (stage) WHERE ended_on IS NULL;

-- ADR 4: the reporting views, the module's published SQL API.
CREATE VIEW report_case AS
SELECT 'dossiers:' || d.reference                         AS case_ref,
       'dossiers'::text                                   AS module,
       d.reference::text                                  AS reference,
       COALESCE(d.title, '(brouillon)')::text             AS title,
       (CASE WHEN d.procedure = 'NATIONAL' THEN 'NATIONAL'
             WHEN d.data_form = 'ANONYMISED' OR d.procedure = 'EHDS_DATA_REQUEST' THEN 'EHDS_ANONYMISED'
             ELSE 'EHDS_PSEUDONYMISED' END)::text          AS procedure,
       d.status::text                                     AS status,
       (d.status NOT IN ('CLOSED','REFUSED','WITHDRAWN')) AS is_open,
       COALESCE(d.submitted_on, d.created_on)             AS opened_on,
       d.closed_on                                        AS closed_on,
       d.instructor::text                                 AS owner,
       NULL::text                                         AS team,
       d.organisation_name::text                          AS organisation,
       d.siren::text                                      AS organisation_id,
       (CASE WHEN d.procedure <> 'NATIONAL' AND d.complete_on IS NOT NULL THEN
             (d.complete_on + (CASE WHEN d.data_form = 'ANONYMISED' OR d.procedure = 'EHDS_DATA_REQUEST'
                                    THEN INTERVAL '9 months' ELSE INTERVAL '8 months' END))::date END) AS target_on,
       d.available_on                                     AS target_reached_on
FROM dossier d;

CREATE VIEW report_stage AS
SELECT 'dossiers:' || d.reference AS case_ref,
       s.stage::text             AS stage,
       s.stage_order             AS stage_order,
       s.started_on              AS started_on,
       s.ended_on                AS ended_on
FROM dossier_stage s
JOIN dossier d ON d.id = s.dossier_id;

CREATE VIEW report_assignment AS
SELECT 'dossiers:' || d.reference                          AS case_ref,
       d.instructor::text                                 AS username,
       'INSTRUCTOR'::text                                 AS role,
       (d.status NOT IN ('CLOSED','REFUSED','WITHDRAWN')) AS is_open
FROM dossier d;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON dossier, dossier_stage TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON named_person, declaration, attachment TO ${app_role};
GRANT SELECT, INSERT ON dossier_event TO ${app_role};
GRANT SELECT ON report_case, report_stage, report_assignment TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
