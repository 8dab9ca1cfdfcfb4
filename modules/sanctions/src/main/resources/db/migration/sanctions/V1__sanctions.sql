-- Sanctions (DOMAIN.md §3): formal notices, sanction cases, interest declarations.
-- Runs as the schema owner; ${app_role} is the application's role.
CREATE SEQUENCE notice_number_seq;
CREATE SEQUENCE case_number_seq;

CREATE TABLE formal_notice (
    id                   BIGSERIAL PRIMARY KEY,
    reference            VARCHAR(20)  NOT NULL UNIQUE,
    status               VARCHAR(20)  NOT NULL,
    organisation_name    VARCHAR(300) NOT NULL,
    organisation_number  VARCHAR(14),
    group_name           VARCHAR(300),
    turnover_amount      NUMERIC(18,2),
    turnover_currency    CHAR(3),
    turnover_year        INTEGER,
    origin_inspection    VARCHAR(80),
    measures_required    TEXT,
    period_amount        INTEGER      NOT NULL,
    period_unit          VARCHAR(10)  NOT NULL,
    prepared_by          VARCHAR(64)  NOT NULL,
    prepared_on          DATE         NOT NULL,
    signed_by            VARCHAR(64),
    signed_on            DATE,
    due_on               DATE,
    extended             BOOLEAN      NOT NULL DEFAULT FALSE,
    extension_reason     TEXT,
    made_public          BOOLEAN      NOT NULL DEFAULT FALSE,
    publicity_reasons    TEXT,
    assessed_on          DATE,
    assessment           TEXT,
    sanction_case        VARCHAR(20),
    letter_document      VARCHAR(36),
    clock_id             BIGINT,
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE notice_inspector (
    notice_id  BIGINT      NOT NULL REFERENCES formal_notice(id),
    username   VARCHAR(64) NOT NULL
);
CREATE INDEX notice_inspector_notice ON notice_inspector(notice_id);

CREATE TABLE notice_breach (
    notice_id    BIGINT       NOT NULL REFERENCES formal_notice(id),
    position     INTEGER      NOT NULL,
    article      VARCHAR(120) NOT NULL,
    severity     VARCHAR(20)  NOT NULL,
    description  TEXT,
    PRIMARY KEY (notice_id, position)
);

CREATE TABLE notice_timeline (
    notice_id    BIGINT       NOT NULL REFERENCES formal_notice(id),
    position     INTEGER      NOT NULL,
    act          VARCHAR(40)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    legal_day    DATE         NOT NULL,
    detail       VARCHAR(1000),
    PRIMARY KEY (notice_id, position)
);

CREATE TABLE sanction_case (
    id                        BIGSERIAL PRIMARY KEY,
    reference                 VARCHAR(20)  NOT NULL UNIQUE,
    procedure                 VARCHAR(20)  NOT NULL,
    status                    VARCHAR(30)  NOT NULL,
    organisation_name         VARCHAR(300) NOT NULL,
    organisation_number       VARCHAR(14),
    group_name                VARCHAR(300),
    turnover_amount           NUMERIC(18,2),
    turnover_currency         CHAR(3),
    turnover_year             INTEGER,
    origin_notice             VARCHAR(20),
    origin_inspection         VARCHAR(80),
    opened_on                 DATE         NOT NULL,
    referred_on               DATE,
    rapporteur                VARCHAR(64),
    rapporteur_appointed_on   DATE,
    report_notified_on        DATE,
    reply_due_on              DATE,
    reply_extended            BOOLEAN      NOT NULL DEFAULT FALSE,
    reply_received_on         DATE,
    answered_on               DATE,
    answer_declined           BOOLEAN      NOT NULL DEFAULT FALSE,
    hearing_on                DATE,
    hearing_notice_sent_on    DATE,
    closed_hearing_requested  BOOLEAN      NOT NULL DEFAULT FALSE,
    heard_on                  DATE,
    attendance                TEXT,
    minutes                   TEXT,
    deliberation_chair        VARCHAR(64),
    quorum                    INTEGER,
    decision_reasons          TEXT,
    decided_on                DATE,
    decided_by                VARCHAR(64),
    decision_document         VARCHAR(36),
    notified_on               DATE,
    appeal_lodged_on          DATE,
    appeal_outcome            VARCHAR(20),
    appeal_outcome_on         DATE,
    published_on              DATE,
    published_name            VARCHAR(300),
    anonymise_on              DATE,
    anonymised_on             DATE,
    art60_round               INTEGER      NOT NULL DEFAULT 0,
    art60_shared_on           DATE,
    art65_flagged_on          DATE,
    file_index_version        INTEGER      NOT NULL DEFAULT 0,
    next_due_on               DATE,
    reply_clock_id            BIGINT,
    answer_clock_id           BIGINT,
    hearing_clock_id          BIGINT,
    appeal_clock_id           BIGINT,
    art60_clock_id            BIGINT,
    version                   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX sanction_case_status ON sanction_case(status, opened_on DESC);
CREATE INDEX sanction_case_rapporteur ON sanction_case(rapporteur) WHERE rapporteur IS NOT NULL;
CREATE INDEX sanction_case_published ON sanction_case(published_on DESC) WHERE published_on IS NOT NULL;
CREATE INDEX sanction_case_to_anonymise ON sanction_case(anonymise_on) WHERE published_on IS NOT NULL AND anonymised_on IS NULL;

CREATE TABLE case_inspector (
    case_id   BIGINT      NOT NULL REFERENCES sanction_case(id),
    username  VARCHAR(64) NOT NULL
);
CREATE INDEX case_inspector_case ON case_inspector(case_id);

CREATE TABLE case_member_present (
    case_id   BIGINT      NOT NULL REFERENCES sanction_case(id),
    username  VARCHAR(64) NOT NULL
);
CREATE INDEX case_member_present_case ON case_member_present(case_id);

CREATE TABLE case_breach (
    case_id      BIGINT       NOT NULL REFERENCES sanction_case(id),
    position     INTEGER      NOT NULL,
    article      VARCHAR(120) NOT NULL,
    severity     VARCHAR(20)  NOT NULL,
    description  TEXT,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_vote (
    case_id    BIGINT      NOT NULL REFERENCES sanction_case(id),
    position   INTEGER     NOT NULL,
    member     VARCHAR(64) NOT NULL,
    in_favour  BOOLEAN     NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_measure (
    case_id          BIGINT        NOT NULL REFERENCES sanction_case(id),
    position         INTEGER       NOT NULL,
    type             VARCHAR(20)   NOT NULL,
    description      TEXT,
    fine_amount      NUMERIC(18,2),
    penalty_per_day  NUMERIC(12,2),
    compliance_on    DATE,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_penalty (
    case_id   BIGINT        NOT NULL REFERENCES sanction_case(id),
    position  INTEGER       NOT NULL,
    from_day  DATE          NOT NULL,
    to_day    DATE          NOT NULL,
    days      BIGINT        NOT NULL,
    amount    NUMERIC(18,2) NOT NULL,
    complied  BOOLEAN       NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_objection (
    case_id      BIGINT       NOT NULL REFERENCES sanction_case(id),
    position     INTEGER      NOT NULL,
    authority    VARCHAR(200) NOT NULL,
    text         TEXT,
    received_on  DATE         NOT NULL,
    draft_round  INTEGER      NOT NULL,
    resolved     BOOLEAN      NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_file_entry (
    case_id            BIGINT       NOT NULL REFERENCES sanction_case(id),
    position           INTEGER      NOT NULL,
    index_version      INTEGER      NOT NULL,
    title              VARCHAR(300) NOT NULL,
    document_id        VARCHAR(36)  NOT NULL,
    confidential       BOOLEAN      NOT NULL,
    public_version_id  VARCHAR(36),
    audience           VARCHAR(20)  NOT NULL,
    sent_on            DATE,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_timeline (
    case_id      BIGINT       NOT NULL REFERENCES sanction_case(id),
    position     INTEGER      NOT NULL,
    act          VARCHAR(40)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL,
    legal_day    DATE         NOT NULL,
    detail       VARCHAR(1000),
    PRIMARY KEY (case_id, position)
);

CREATE TABLE interest_declaration (
    id                   BIGSERIAL PRIMARY KEY,
    member               VARCHAR(64)  NOT NULL,
    organisation_number  VARCHAR(9),
    organisation_name    VARCHAR(300),
    description          TEXT,
    declared_on          DATE         NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX interest_declaration_member ON interest_declaration(member);

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON formal_notice, sanction_case, interest_declaration TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON notice_inspector, notice_breach, notice_timeline, case_inspector,
    case_member_present, case_breach, case_vote, case_measure, case_penalty, case_objection, case_file_entry,
    case_timeline TO ${app_role};
GRANT DELETE ON interest_declaration TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
