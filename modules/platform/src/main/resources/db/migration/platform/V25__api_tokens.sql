-- API tokens for other systems and scripts (README "Security"). Only a keyed hash of the secret is
-- stored (HMAC-SHA-256 with the server's token key); the secret itself is shown once, at issue.
CREATE TABLE api_token (
    id             BIGSERIAL PRIMARY KEY,
    public_id      VARCHAR(24)  NOT NULL,
    secret_hash    CHAR(64)     NOT NULL,
    name           VARCHAR(100) NOT NULL,
    owner_id       BIGINT       NOT NULL REFERENCES user_account (id),
    access         VARCHAR(20)  NOT NULL,
    roles          VARCHAR(1000) NOT NULL,
    issued_at      TIMESTAMPTZ  NOT NULL,
    issued_by      VARCHAR(64)  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    revoked_by     VARCHAR(64),
    last_used_at   TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT api_token_public_id_uk UNIQUE (public_id),
    CONSTRAINT api_token_access_ck CHECK (access IN ('READ_ONLY', 'READ_WRITE')),
    CONSTRAINT api_token_expiry_ck CHECK (expires_at > issued_at)
);
CREATE INDEX api_token_owner_ix ON api_token (owner_id);

GRANT SELECT, INSERT, UPDATE ON api_token TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE api_token_id_seq TO ${app_role};
