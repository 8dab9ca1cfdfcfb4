-- The data-access committee (DOMAIN.md §4, "Committee review"). Runs as the schema owner;
-- ${app_role} is the application's role. The committee never reads the dossiers' tables: what
-- members see of a dossier is the copy sent with the referral (review.*).

CREATE SEQUENCE session_number_seq;

-- The roster: seats on the committee, with the members' declarations of interest.
CREATE TABLE member (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    function      VARCHAR(10)  NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT member_username_uk UNIQUE (username),
    CONSTRAINT member_function_ck CHECK (function IN ('MEMBER', 'CHAIR'))
);

CREATE TABLE interest (
    id                BIGSERIAL PRIMARY KEY,
    member_id         BIGINT       NOT NULL REFERENCES member (id),
    organisation_name VARCHAR(300),
    organisation_key  VARCHAR(300) NOT NULL,
    siren             CHAR(9),
    nature            VARCHAR(500) NOT NULL,
    declared_on       DATE         NOT NULL,
    declared_at       TIMESTAMPTZ  NOT NULL,
    ended_on          DATE,
    CONSTRAINT interest_organisation_ck CHECK (organisation_name IS NOT NULL OR siren IS NOT NULL)
);
CREATE INDEX interest_member_idx ON interest (member_id);
CREATE INDEX interest_siren_idx ON interest (siren) WHERE siren IS NOT NULL AND ended_on IS NULL;
CREATE INDEX interest_key_idx ON interest (organisation_key) WHERE organisation_key <> '' AND ended_on IS NULL;

CREATE TABLE committee_session (
    id                  BIGSERIAL PRIMARY KEY,
    reference           VARCHAR(20)  NOT NULL,
    session_date        DATE         NOT NULL,
    title               VARCHAR(200) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    convened_at         TIMESTAMPTZ,
    opened_at           TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    -- text, not uuid: EclipseLink binds a null UUID as varchar, which PostgreSQL refuses for a uuid column
    minutes_document_id VARCHAR(36),
    created_by          VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT committee_session_reference_uk UNIQUE (reference),
    CONSTRAINT committee_session_status_ck CHECK (status IN ('PLANNED', 'CONVENED', 'IN_PROGRESS', 'CLOSED')),
    CONSTRAINT committee_session_minutes_ck CHECK ((status = 'CLOSED') = (minutes_document_id IS NOT NULL))
);
CREATE INDEX committee_session_date_idx ON committee_session (session_date DESC, id DESC);
CREATE INDEX committee_session_open_idx ON committee_session (id) WHERE status <> 'CLOSED';

CREATE TABLE attendance (
    session_id BIGINT      NOT NULL REFERENCES committee_session (id),
    username   VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, username)
);

-- One review per referred dossier (dossier_ref = 'dossiers:DA-2026-000042').
CREATE TABLE review (
    id                     BIGSERIAL PRIMARY KEY,
    dossier_ref            VARCHAR(100)  NOT NULL,
    title                  VARCHAR(500)  NOT NULL,
    procedure              VARCHAR(40),
    purpose                VARCHAR(4000),
    applicant_name         VARCHAR(300)  NOT NULL,
    applicant_key          VARCHAR(300)  NOT NULL,
    applicant_siren        CHAR(9),
    principal_investigator VARCHAR(200),
    opinion_due_date       DATE,
    instructor             VARCHAR(64),
    stage                  VARCHAR(20)   NOT NULL,
    session_id             BIGINT        REFERENCES committee_session (id),
    rapporteur             VARCHAR(64),
    draft_kind             VARCHAR(40),
    draft_reasoning        TEXT,
    casting_vote           VARCHAR(40),
    casting_vote_by        VARCHAR(64),
    opinion_kind           VARCHAR(40),
    opinion_reasoning      TEXT,
    opinion_reservations   TEXT,
    adopted_on             DATE,
    adopted_by             VARCHAR(64),
    referred_on            DATE          NOT NULL,
    referred_at            TIMESTAMPTZ   NOT NULL,
    closed_on              DATE,
    withdrawal_reason      VARCHAR(2000),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT review_dossier_uk UNIQUE (dossier_ref),
    CONSTRAINT review_stage_ck CHECK (stage IN ('AWAITING_SESSION', 'ON_AGENDA', 'OPINION_ADOPTED', 'WITHDRAWN')),
    CONSTRAINT review_agenda_ck CHECK ((stage = 'ON_AGENDA') = (session_id IS NOT NULL) OR stage = 'OPINION_ADOPTED'),
    CONSTRAINT review_opinion_ck CHECK ((stage = 'OPINION_ADOPTED') = (opinion_kind IS NOT NULL))
);
-- Open reviews are few among all reviews ever made: partial indexes keep the members' lists fast.
CREATE INDEX review_open_due_idx ON review (opinion_due_date, id) WHERE stage IN ('AWAITING_SESSION', 'ON_AGENDA');
CREATE INDEX review_session_idx ON review (session_id);
CREATE INDEX review_rapporteur_open_idx ON review (rapporteur) WHERE stage IN ('AWAITING_SESSION', 'ON_AGENDA');
CREATE INDEX review_applicant_siren_idx ON review (applicant_siren) WHERE stage IN ('AWAITING_SESSION', 'ON_AGENDA');
CREATE INDEX review_applicant_key_idx ON review (applicant_key) WHERE stage IN ('AWAITING_SESSION', 'ON_AGENDA');

CREATE TABLE review_document (
    review_id   BIGINT  NOT NULL REFERENCES review (id),
    position    INTEGER NOT NULL,
    document_id UUID    NOT NULL,
    PRIMARY KEY (review_id, position)
);

CREATE TABLE agenda_item (
    session_id BIGINT  NOT NULL REFERENCES committee_session (id),
    position   INTEGER NOT NULL,
    review_id  BIGINT  NOT NULL REFERENCES review (id),
    PRIMARY KEY (session_id, position)
);
CREATE INDEX agenda_item_review_idx ON agenda_item (review_id);

CREATE TABLE recusal (
    id          BIGSERIAL PRIMARY KEY,
    review_id   BIGINT       NOT NULL REFERENCES review (id),
    username    VARCHAR(64)  NOT NULL,
    interest    VARCHAR(600) NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT recusal_uk UNIQUE (review_id, username)
);
CREATE INDEX recusal_username_idx ON recusal (username, review_id);

CREATE TABLE vote (
    id         BIGSERIAL PRIMARY KEY,
    review_id  BIGINT       NOT NULL REFERENCES review (id),
    session_id BIGINT       NOT NULL REFERENCES committee_session (id),
    voter      VARCHAR(64)  NOT NULL,
    choice     VARCHAR(40)  NOT NULL,
    remarks    VARCHAR(4000),
    cast_at    TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT vote_uk UNIQUE (review_id, session_id, voter),
    CONSTRAINT vote_choice_ck CHECK (choice IN ('FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS', 'UNFAVOURABLE', 'ABSTENTION'))
);
CREATE INDEX vote_voter_idx ON vote (voter, review_id);

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON member, interest, committee_session, review, vote TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON attendance, review_document, agenda_item TO ${app_role};
GRANT SELECT, INSERT ON recusal TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
