-- Platform kernel: users and roles, audit trail, documents, notifications.
-- Runs as the schema owner; ${app_role} is the least-privileged role the application connects with.

CREATE TABLE user_account (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(254),
    password_hash       VARCHAR(512) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts     INTEGER      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_uk UNIQUE (username),
    CONSTRAINT user_account_username_ck CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Append-only: the application role gets INSERT and SELECT only (see grants below).
CREATE TABLE audit_entry (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(80)  NOT NULL,
    module        VARCHAR(40)  NOT NULL,
    case_ref      VARCHAR(100),
    reason        TEXT,
    changes_json  TEXT         NOT NULL,
    request_id    VARCHAR(64),
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_case_idx ON audit_entry (case_ref, id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, id);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);

CREATE TABLE document (
    id           UUID PRIMARY KEY,
    module       VARCHAR(40)  NOT NULL,
    case_ref     VARCHAR(100) NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX document_case_idx ON document (case_ref, uploaded_at);

CREATE TABLE notification (
    id           BIGSERIAL PRIMARY KEY,
    recipient    VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    message_key  VARCHAR(120) NOT NULL,
    message_args TEXT,
    case_ref     VARCHAR(100),
    link         VARCHAR(300),
    read_at      TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX notification_unread_idx ON notification (recipient, created_at) WHERE read_at IS NULL;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON user_account, user_role, document, notification TO ${app_role};
GRANT SELECT, INSERT ON audit_entry TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
