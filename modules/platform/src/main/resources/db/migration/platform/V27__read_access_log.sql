-- Read-access log (issue 20, docs/access-log.md): who opened which file, downloaded which document
-- or ran which export holding personal data, when and from where. Runs as the schema owner;
-- ${app_role} is the application's role.
--
-- Append-only, twice over: the application role may only INSERT and SELECT (no UPDATE, DELETE or
-- TRUNCATE grant), and a trigger refuses UPDATE and TRUNCATE for everybody, the owner included, and
-- DELETE except from purge_read_access(), which removes only entries older than the legal minimum
-- of 365 days. The retention period the authority chooses (at least 365 days) is the application's
-- configuration; the minimum is enforced here as well so that a bad setting cannot shorten it.

CREATE TABLE read_access (
    id             BIGSERIAL    PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    module         VARCHAR(40)  NOT NULL,
    case_ref       VARCHAR(100),
    detail         VARCHAR(300),
    client_address VARCHAR(64),
    request_id     VARCHAR(64),
    CONSTRAINT read_access_kind_ck CHECK (kind IN ('FILE_OPENED', 'DOCUMENT_DOWNLOADED', 'EXPORT')),
    -- An export may span many cases; every other read names its case.
    CONSTRAINT read_access_case_ck CHECK (kind = 'EXPORT' OR case_ref IS NOT NULL)
);
-- The auditor's questions ("what did this person read", "who read this case") and the volume check
-- (reads of one person in the last hour) are range scans on these; the purge uses the time index.
CREATE INDEX read_access_actor_time_idx ON read_access (actor, occurred_at);
CREATE INDEX read_access_case_time_idx ON read_access (case_ref, occurred_at) WHERE case_ref IS NOT NULL;
CREATE INDEX read_access_time_idx ON read_access (occurred_at);

-- One alert per person per clock hour in which they read more than the threshold; the unique key
-- makes "raise once" hold across servers and concurrent requests (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE read_access_alert (
    id            BIGSERIAL    PRIMARY KEY,
    actor         VARCHAR(64)  NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    raised_at     TIMESTAMPTZ  NOT NULL,
    reads_in_hour INTEGER      NOT NULL,
    threshold     INTEGER      NOT NULL,
    CONSTRAINT read_access_alert_uk UNIQUE (actor, window_start)
);
CREATE INDEX read_access_alert_time_idx ON read_access_alert (raised_at);

CREATE FUNCTION read_access_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'DELETE'
            AND current_setting('vigie.read_access_purge', true) = 'on'
            AND OLD.occurred_at < now() - INTERVAL '365 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'read_access is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER read_access_append_only_rows BEFORE UPDATE OR DELETE ON read_access
    FOR EACH ROW EXECUTE FUNCTION read_access_append_only();
CREATE TRIGGER read_access_append_only_truncate BEFORE TRUNCATE ON read_access
    FOR EACH STATEMENT EXECUTE FUNCTION read_access_append_only();

-- The retention purge: deletes the entries older than the cutoff, never a cutoff less than 365 days
-- ago. Runs with the owner's rights; the application may only call it.
CREATE FUNCTION purge_read_access(p_cutoff TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    removed BIGINT;
BEGIN
    IF p_cutoff IS NULL OR p_cutoff > now() - INTERVAL '365 days' THEN
        RAISE EXCEPTION 'read-access entries are kept at least 365 days (cutoff %)', p_cutoff
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM set_config('vigie.read_access_purge', 'on', true);
    DELETE FROM ${flyway:defaultSchema}.read_access WHERE occurred_at < p_cutoff;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('vigie.read_access_purge', 'off', true);
    RETURN removed;
END
$fn$;

REVOKE ALL ON FUNCTION purge_read_access(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_read_access(TIMESTAMPTZ) TO ${app_role};
GRANT SELECT, INSERT ON read_access, read_access_alert TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE read_access_id_seq, read_access_alert_id_seq TO ${app_role};
