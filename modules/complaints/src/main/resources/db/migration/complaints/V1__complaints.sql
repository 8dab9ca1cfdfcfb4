-- Complaints (DOMAIN.md §1). Runs as the schema owner; ${app_role} is the application's role.
-- pg_trgm (trusted extension, created by the database owner) gives the similarity of facts used
-- to suggest related complaints; it lives in this schema so that no other schema depends on it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ${flyway:defaultSchema};

CREATE SEQUENCE complaint_number_seq;

CREATE TABLE complaint (
    id                       BIGSERIAL PRIMARY KEY,
    reference                VARCHAR(20)  NOT NULL,
    submission_key           VARCHAR(100),
    channel                  VARCHAR(30)  NOT NULL,
    received_on              DATE         NOT NULL,
    received_at              TIMESTAMPTZ  NOT NULL,
    complainant_name         VARCHAR(200) NOT NULL,
    complainant_email        VARCHAR(254),
    complainant_address      VARCHAR(500),
    organisation_name        VARCHAR(300) NOT NULL,
    organisation_country     CHAR(2)      NOT NULL,
    organisation_identifier  VARCHAR(14),
    organisation_siren       CHAR(9),
    facts                    TEXT         NOT NULL,
    -- French full-text search over the facts; computed by the database, never written by the application.
    facts_tsv                TSVECTOR GENERATED ALWAYS AS (to_tsvector('french'::regconfig, facts)) STORED,
    people_affected          INTEGER      NOT NULL,
    status                   VARCHAR(30)  NOT NULL,
    admissible               BOOLEAN,
    competent                BOOLEAN,
    cross_border             BOOLEAN,
    lead_authority           CHAR(2),
    assignee                 VARCHAR(64),
    outcome                  VARCHAR(40),
    closed_on                DATE,
    acknowledged_on          DATE,
    last_informed_on         DATE,
    campaign                 VARCHAR(20),
    proposed_score           INTEGER      NOT NULL,
    proposed_priority        VARCHAR(10)  NOT NULL,
    proposed_reasons         VARCHAR(500),
    priority                 VARCHAR(10),
    priority_decided_by      VARCHAR(64),
    priority_override_reason VARCHAR(2000),
    ack_clock_id             BIGINT,
    inform_clock_id          BIGINT,
    version                  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT complaint_reference_uk UNIQUE (reference),
    CONSTRAINT complaint_submission_key_uk UNIQUE (submission_key),
    CONSTRAINT complaint_status_ck CHECK (status IN ('RECEIVED','ACKNOWLEDGED','QUALIFIED','ASSIGNED','UNDER_INSTRUCTION','CLOSED')),
    CONSTRAINT complaint_people_ck CHECK (people_affected >= 1),
    CONSTRAINT complaint_closed_ck CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
);
-- Work list: the usual filters and sorts, and the searches of related complaints.
CREATE INDEX complaint_received_idx ON complaint (received_on DESC, id DESC);
CREATE INDEX complaint_status_idx ON complaint (status, received_on DESC);
CREATE INDEX complaint_assignee_idx ON complaint (assignee, status) WHERE status <> 'CLOSED';
CREATE INDEX complaint_siren_idx ON complaint (organisation_siren, received_on);
CREATE INDEX complaint_priority_idx ON complaint (COALESCE(priority, proposed_priority), received_on DESC);
CREATE INDEX complaint_campaign_idx ON complaint (campaign) WHERE campaign IS NOT NULL;
CREATE INDEX complaint_inform_clock_idx ON complaint (inform_clock_id);
CREATE INDEX complaint_facts_tsv_idx ON complaint USING GIN (facts_tsv);
CREATE INDEX complaint_org_name_trgm_idx ON complaint USING GIN (lower(organisation_name) ${flyway:defaultSchema}.gin_trgm_ops);
CREATE INDEX complaint_facts_trgm_idx ON complaint USING GIN (facts ${flyway:defaultSchema}.gin_trgm_ops);

CREATE TABLE complaint_category (
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    category     VARCHAR(40) NOT NULL,
    PRIMARY KEY (complaint_id, category)
);
CREATE INDEX complaint_category_idx ON complaint_category (category, complaint_id);

CREATE TABLE timeline_entry (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    type         VARCHAR(40)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    reason       VARCHAR(2000),
    detail       VARCHAR(500)
);
CREATE INDEX timeline_entry_complaint_idx ON timeline_entry (complaint_id, occurred_at);

CREATE TABLE letter (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    letter_type  VARCHAR(40)  NOT NULL,
    sent_on      DATE         NOT NULL,
    sent_by      VARCHAR(64)  NOT NULL,
    document_id  UUID,
    summary      VARCHAR(500)
);
CREATE INDEX letter_complaint_idx ON letter (complaint_id, sent_on);

CREATE TABLE information_request (
    id             BIGSERIAL PRIMARY KEY,
    complaint_id   BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    questions      TEXT         NOT NULL,
    sent_on        DATE         NOT NULL,
    clock_id       BIGINT,
    answered_on    DATE,
    answer_summary VARCHAR(2000)
);
CREATE INDEX information_request_complaint_idx ON information_request (complaint_id);

CREATE TABLE complaint_link (
    id          BIGSERIAL PRIMARY KEY,
    first_id    BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    second_id   BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    kind        VARCHAR(30)  NOT NULL,
    similarity  DOUBLE PRECISION,
    status      VARCHAR(20)  NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMPTZ,
    reason      VARCHAR(2000),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT complaint_link_pair_uk UNIQUE (first_id, second_id),
    CONSTRAINT complaint_link_order_ck CHECK (first_id < second_id)
);
CREATE INDEX complaint_link_second_idx ON complaint_link (second_id);

-- The status of the platform's clocks of each complaint, as last announced (ClockStatusChanged):
-- a read model for the work list's filter and counters, so that no query crosses into the
-- platform's schema. Not part of the complaint aggregate (no version bump when a clock moves).
CREATE TABLE clock_status (
    clock_id     BIGINT       PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    policy_code  VARCHAR(80)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    due_date     DATE         NOT NULL
);
CREATE INDEX clock_status_complaint_idx ON clock_status (complaint_id, policy_code);
CREATE INDEX clock_status_state_idx ON clock_status (policy_code, state);

CREATE TABLE saved_filter (
    id        BIGSERIAL PRIMARY KEY,
    owner     VARCHAR(64)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    query     VARCHAR(2000) NOT NULL,
    CONSTRAINT saved_filter_name_uk UNIQUE (owner, name)
);

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON complaint, complaint_category, letter, information_request, complaint_link,
    clock_status TO ${app_role};
GRANT DELETE ON complaint_category, clock_status TO ${app_role};
GRANT SELECT, INSERT ON timeline_entry TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON saved_filter TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
