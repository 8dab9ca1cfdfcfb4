-- The organisation directory (issue 15, docs/organisations.md): one record per organisation, with
-- its SIREN checked once, its group, its turnover per financial year and its contact.
--
-- Search by name ignores case and accents. unaccent is a trusted extension; it lives in this schema,
-- and search_key() wraps it with the dictionary named explicitly, which makes it safe to declare
-- IMMUTABLE (unaccent(text) alone is STABLE: it depends on search_path) and so usable in a
-- generated column and an index.
--
-- Trigrams: pg_trgm is already installed by the complaints module in its own schema, and a database
-- holds an extension once, so the platform (migrated first) cannot install it in its schema without
-- moving it from under complaints. Instead each name carries its own trigram array (core PostgreSQL
-- only), indexed by GIN: a name contains a fragment only if it holds every trigram of the fragment,
-- which the index answers; LIKE then confirms. See docs/organisations.md "Search".
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA ${flyway:defaultSchema};

CREATE FUNCTION search_key(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(lower(${flyway:defaultSchema}.unaccent('${flyway:defaultSchema}.unaccent'::regdictionary, value)),
                                '[^a-z0-9]+', ' ', 'g'));

-- The distinct 3-character windows of a search key (no padding: fragments match anywhere).
CREATE FUNCTION trigrams(key TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN ARRAY(SELECT DISTINCT substr(key, i, 3) FROM generate_series(1, length(key) - 2) AS i);

CREATE TABLE organisation (
    id               BIGSERIAL    PRIMARY KEY,
    siren            CHAR(9),
    head_office_siret CHAR(14),
    name             VARCHAR(300),
    legal_form       VARCHAR(4),
    naf              VARCHAR(6),
    country          CHAR(2)      NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    partly_public    BOOLEAN      NOT NULL DEFAULT FALSE,
    source           VARCHAR(10)  NOT NULL,
    parent_id        BIGINT       REFERENCES organisation (id),
    contact_name     VARCHAR(200),
    contact_email    VARCHAR(254),
    created_at       TIMESTAMPTZ  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    updated_by       VARCHAR(64)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    search_name      TEXT GENERATED ALWAYS AS (${flyway:defaultSchema}.search_key(coalesce(name, ''))) STORED,
    name_trigrams    TEXT[] GENERATED ALWAYS AS (${flyway:defaultSchema}.trigrams(${flyway:defaultSchema}.search_key(coalesce(name, '')))) STORED,
    CONSTRAINT organisation_siren_uk UNIQUE (siren),
    CONSTRAINT organisation_siren_ck CHECK (siren ~ '^[0-9]{9}$'),
    CONSTRAINT organisation_siret_ck CHECK (head_office_siret ~ '^[0-9]{14}$' AND substr(head_office_siret, 1, 9) = siren),
    CONSTRAINT organisation_french_siren_ck CHECK (country <> 'FR' OR siren IS NOT NULL),
    CONSTRAINT organisation_name_ck CHECK (name IS NOT NULL OR partly_public),
    CONSTRAINT organisation_source_ck CHECK (source IN ('MANUAL', 'SIRENE')),
    CONSTRAINT organisation_parent_ck CHECK (parent_id <> id)
);
CREATE INDEX organisation_trigrams_ix ON organisation USING GIN (name_trigrams);
-- The list's default order (by name): a page of the first rows without sorting the whole table.
CREATE INDEX organisation_search_name_ix ON organisation (search_name, id);
CREATE INDEX organisation_naf_ix ON organisation (naf);
CREATE INDEX organisation_siret_ix ON organisation (head_office_siret);
CREATE INDEX organisation_parent_ix ON organisation (parent_id);

-- Worldwide annual turnover per financial year (fine caps, GDPR Art. 83(4)-(6)), as declared or found.
CREATE TABLE organisation_turnover (
    organisation_id  BIGINT        NOT NULL REFERENCES organisation (id),
    financial_year   INTEGER       NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    PRIMARY KEY (organisation_id, financial_year),
    CONSTRAINT organisation_turnover_amount_ck CHECK (amount >= 0)
);

GRANT SELECT, INSERT, UPDATE ON organisation TO ${app_role};
-- A year's figure is replaced (old and new values in the audit trail): JPA rewrites the collection.
GRANT SELECT, INSERT, UPDATE, DELETE ON organisation_turnover TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE organisation_id_seq TO ${app_role};
GRANT EXECUTE ON FUNCTION search_key(TEXT), trigrams(TEXT) TO ${app_role};
