-- The audit trail survives the erasure of personal free text (issue 20, ADR 10). Runs as the schema
-- owner; ${app_role} is the application's role.
--
-- Entries written from now on are hashed in version 2: the hash covers a keyed digest of the reason
-- (HMAC-SHA-256 under the server's vigie.audit.reason-key) instead of the reason itself. Erasing a
-- reason then keeps the chain verifiable: the row keeps the digest, which the verification uses in
-- place of the text. The key stays in the server's secrets, so that a copy of the database alone
-- cannot confirm a guessed reason ("Retrait demandé par M. Dupont") against a stored digest.
-- Rows written before this migration are version 1 (the reason in clear inside the hash) and cannot
-- be redacted.
--
-- The table stays append-only for the application role (INSERT and SELECT only). A trigger now
-- refuses UPDATE, DELETE and TRUNCATE for everybody, the owner included, except the one change
-- redact_audit_reasons() makes: a version-2 reason replaced by its digest, nothing else touched.

ALTER TABLE audit_entry
    -- Existing rows are version 1; the default is dropped below so that every new row states its version.
    ADD COLUMN hash_version  SMALLINT    NOT NULL DEFAULT 1,
    ADD COLUMN reason_digest CHAR(64),
    ADD COLUMN redacted_at   TIMESTAMPTZ,
    -- Why the reason was erased: the retention batch or the erasure request, as the caller names it.
    ADD COLUMN redaction_ref VARCHAR(200);
ALTER TABLE audit_entry ALTER COLUMN hash_version DROP DEFAULT;

ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_hash_version_ck CHECK (hash_version IN (1, 2)),
    ADD CONSTRAINT audit_entry_reason_digest_ck CHECK (reason_digest ~ '^[0-9a-f]{64}$'),
    -- Redacted: no reason, its digest, when and why, version 2 only. Not redacted: none of those.
    ADD CONSTRAINT audit_entry_redaction_ck CHECK (
        (redacted_at IS NULL AND reason_digest IS NULL AND redaction_ref IS NULL)
        OR (redacted_at IS NOT NULL AND reason IS NULL AND reason_digest IS NOT NULL
            AND redaction_ref IS NOT NULL AND hash_version = 2));

CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.hash_version = 2 AND NEW.redacted_at IS NULL THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_entry: new entries are written in hash version 2 and unredacted'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The only change allowed: redact_audit_reasons() replacing a version-2 reason by its digest.
    IF TG_OP = 'UPDATE' AND current_setting('vigie.audit_redaction', true) = 'on' THEN
        IF OLD.hash_version = 2 AND OLD.redacted_at IS NULL AND OLD.reason IS NOT NULL
                AND NEW.reason IS NULL AND NEW.reason_digest IS NOT NULL
                AND NEW.redacted_at IS NOT NULL AND NEW.redaction_ref IS NOT NULL
                AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.module, NEW.case_ref, NEW.changes_json,
                     NEW.request_id, NEW.previous_hash, NEW.hash, NEW.hash_version)
                    IS NOT DISTINCT FROM
                    (OLD.id, OLD.occurred_at, OLD.actor, OLD.action, OLD.module, OLD.case_ref, OLD.changes_json,
                     OLD.request_id, OLD.previous_hash, OLD.hash, OLD.hash_version) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused (a reason is erased only by redact_audit_reasons)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER audit_entry_append_only_rows BEFORE INSERT OR UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_append_only_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- Erases the reasons of the given entries, each replaced by the digest the caller computed with the
-- server's key (p_ids[i] gets p_digests[i]); p_ref says why. The database cannot check a digest
-- (it has no key): a wrong one makes the entry's hash fail at the next verification, which names it.
-- Entries already redacted or without a reason are left alone; version-1 entries are refused.
-- Returns how many reasons were erased. Runs with the owner's rights; the application may only call it.
CREATE FUNCTION redact_audit_reasons(p_ids BIGINT[], p_digests TEXT[], p_ref TEXT) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    redacted INTEGER;
    version_1 BIGINT;
BEGIN
    IF p_ids IS NULL OR p_digests IS NULL OR cardinality(p_ids) <> cardinality(p_digests) THEN
        RAISE EXCEPTION 'redact_audit_reasons: one digest per entry (% ids, % digests)',
            cardinality(p_ids), cardinality(p_digests) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (SELECT count(DISTINCT i) FROM unnest(p_ids) AS i) <> cardinality(p_ids) THEN
        RAISE EXCEPTION 'redact_audit_reasons: entry ids must be distinct and not null'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_digests) AS d WHERE d IS NULL OR d !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'redact_audit_reasons: a digest is 64 lowercase hexadecimal digits'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_ref IS NULL OR btrim(p_ref) = '' OR length(p_ref) > 200 THEN
        RAISE EXCEPTION 'redact_audit_reasons: a redaction names its reference (1 to 200 characters)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT min(id) INTO version_1
        FROM ${flyway:defaultSchema}.audit_entry WHERE id = ANY (p_ids) AND hash_version <> 2;
    IF version_1 IS NOT NULL THEN
        RAISE EXCEPTION 'audit entry % has hash version 1 (its hash covers the reason itself): it cannot be redacted',
            version_1 USING ERRCODE = 'check_violation';
    END IF;
    PERFORM set_config('vigie.audit_redaction', 'on', true);
    UPDATE ${flyway:defaultSchema}.audit_entry AS e
       SET reason = NULL, reason_digest = r.digest, redacted_at = now(), redaction_ref = p_ref
      FROM unnest(p_ids, p_digests) AS r (id, digest)
     WHERE e.id = r.id AND e.hash_version = 2 AND e.redacted_at IS NULL AND e.reason IS NOT NULL;
    GET DIAGNOSTICS redacted = ROW_COUNT;
    PERFORM set_config('vigie.audit_redaction', 'off', true);
    RETURN redacted;
END
$fn$;

REVOKE ALL ON FUNCTION redact_audit_reasons(BIGINT[], TEXT[], TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION redact_audit_reasons(BIGINT[], TEXT[], TEXT) TO ${app_role};
