-- Inspections (DOMAIN.md §2 and "Inspections, sanctions and organisations"). Runs as the schema owner;
-- ${app_role} is the application's role.

-- Reference data the administrator edits: the authority's priority themes and the articles a finding may cite.
CREATE TABLE theme (
    code      VARCHAR(40)  PRIMARY KEY,
    label_fr  VARCHAR(200) NOT NULL,
    label_en  VARCHAR(200) NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE article (
    code     VARCHAR(60)  PRIMARY KEY,
    label    VARCHAR(300) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0
);

-- The yearly programme: a target number of inspections per theme.
CREATE TABLE programme_target (
    id              BIGSERIAL PRIMARY KEY,
    programme_year  INTEGER     NOT NULL,
    theme           VARCHAR(40) NOT NULL REFERENCES theme (code),
    target          INTEGER     NOT NULL CHECK (target >= 0),
    version         BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (programme_year, theme)
);

-- References CTL-<year>-<number>: one counter per year.
CREATE TABLE inspection_number (
    year  INTEGER PRIMARY KEY,
    last  BIGINT  NOT NULL
);

CREATE TABLE inspection (
    id                        BIGSERIAL PRIMARY KEY,
    reference                 VARCHAR(20)  NOT NULL UNIQUE,
    origin                    VARCHAR(30)  NOT NULL,
    origin_case               VARCHAR(100),
    breach_known_on           DATE,
    breach_notified_on        DATE,
    breach_people_affected    INTEGER,
    breach_data_categories    VARCHAR(2000),
    type                      VARCHAR(20)  NOT NULL,
    theme                     VARCHAR(40)  NOT NULL REFERENCES theme (code),
    planned_year              INTEGER      NOT NULL,
    planned_quarter           INTEGER      NOT NULL CHECK (planned_quarter BETWEEN 1 AND 4),
    organisation_name         VARCHAR(300) NOT NULL,
    organisation_number       VARCHAR(14),
    organisation_country      CHAR(2)      NOT NULL,
    sensitive_data            BOOLEAN      NOT NULL DEFAULT FALSE,
    minors                    BOOLEAN      NOT NULL DEFAULT FALSE,
    subject                   TEXT         NOT NULL,
    status                    VARCHAR(30)  NOT NULL,
    lead_inspector            VARCHAR(100),
    mission_place             VARCHAR(500),
    mission_date              DATE,
    mission_prepared_by       VARCHAR(100),
    mission_signed_by         VARCHAR(100),
    mission_signed_on         DATE,
    mission_document          VARCHAR(36),
    minutes_people_met        TEXT,
    minutes_text              TEXT,
    minutes_notified_on       DATE,
    minutes_sha256            CHAR(64),
    observations_received_on  DATE,
    observations_document     VARCHAR(36),
    observations_clock_id     BIGINT,
    observations_due_on       DATE,
    outcome                   VARCHAR(30),
    outcome_reason            TEXT,
    opened_on                 DATE         NOT NULL,
    opened_by                 VARCHAR(100) NOT NULL,
    closed_on                 DATE,
    closed_by                 VARCHAR(100),
    version                   BIGINT       NOT NULL DEFAULT 0
);

-- The list's filters and sorts (ENGINEERING.md habit 5): one index per filter worth it, the default sort last.
CREATE INDEX inspection_status_idx ON inspection (status, planned_year, planned_quarter);
CREATE INDEX inspection_theme_idx ON inspection (theme, planned_year, planned_quarter);
CREATE INDEX inspection_year_idx ON inspection (planned_year, planned_quarter, id);
CREATE INDEX inspection_origin_case_idx ON inspection (origin_case) WHERE origin_case IS NOT NULL;
CREATE INDEX inspection_org_number_idx ON inspection (substring(organisation_number FROM 1 FOR 9));
CREATE INDEX inspection_org_name_idx ON inspection (lower(organisation_name) text_pattern_ops);
CREATE INDEX inspection_lead_idx ON inspection (lead_inspector);
CREATE INDEX inspection_opened_idx ON inspection (opened_on DESC, id DESC);
CREATE INDEX inspection_mission_unsigned_idx ON inspection (id) WHERE status = 'PREPARED' AND mission_signed_by IS NULL;

CREATE TABLE team_member (
    inspection_id  BIGINT       NOT NULL REFERENCES inspection (id),
    username       VARCHAR(100) NOT NULL,
    PRIMARY KEY (inspection_id, username)
);
CREATE INDEX team_member_username_idx ON team_member (username);

CREATE TABLE finding (
    id             BIGSERIAL PRIMARY KEY,
    inspection_id  BIGINT       NOT NULL REFERENCES inspection (id),
    article        VARCHAR(60)  NOT NULL,
    severity       VARCHAR(20)  NOT NULL,
    description    TEXT         NOT NULL,
    evidence       TEXT         NOT NULL DEFAULT '',
    in_addendum    BOOLEAN      NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX finding_inspection_idx ON finding (inspection_id);

CREATE TABLE addendum (
    id             BIGSERIAL PRIMARY KEY,
    inspection_id  BIGINT       NOT NULL REFERENCES inspection (id),
    author         VARCHAR(100) NOT NULL,
    written_at     TIMESTAMPTZ  NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    text           TEXT         NOT NULL
);
CREATE INDEX addendum_inspection_idx ON addendum (inspection_id);

CREATE TABLE inspection_event (
    id             BIGSERIAL PRIMARY KEY,
    inspection_id  BIGINT       NOT NULL REFERENCES inspection (id),
    type           VARCHAR(40)  NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    occurred_on    DATE         NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    reason         TEXT,
    detail         TEXT
);
CREATE INDEX inspection_event_inspection_idx ON inspection_event (inspection_id, occurred_at, id);

-- Separation of duties: an inspector who declared an interest in an organisation is kept off its teams.
CREATE TABLE interest_declaration (
    id                   BIGSERIAL PRIMARY KEY,
    inspector            VARCHAR(100) NOT NULL,
    organisation_name    VARCHAR(300) NOT NULL,
    organisation_number  VARCHAR(14),
    statement            VARCHAR(2000) NOT NULL,
    declared_on          DATE         NOT NULL,
    declared_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX interest_declaration_inspector_idx ON interest_declaration (inspector);

-- Saved filters of the inspection list, per user.
CREATE TABLE saved_filter (
    id        BIGSERIAL PRIMARY KEY,
    owner     VARCHAR(100) NOT NULL,
    name      VARCHAR(100) NOT NULL,
    query     VARCHAR(2000) NOT NULL,
    UNIQUE (owner, name)
);

INSERT INTO theme (code, label_fr, label_en) VALUES
    ('ARTIFICIAL_INTELLIGENCE', 'Intelligence artificielle', 'Artificial intelligence'),
    ('MINORS', 'Mineurs', 'Minors'),
    ('CYBERSECURITY', 'Cybersécurité', 'Cybersecurity'),
    ('EVERYDAY_DIGITAL', 'Usages numériques du quotidien', 'Everyday digital uses'),
    ('HEALTH_DATA', 'Données de santé', 'Health data');

INSERT INTO article (code, label) VALUES
    ('RGPD art. 5', 'Principes relatifs au traitement (licéité, minimisation, conservation)'),
    ('RGPD art. 6', 'Licéité du traitement'),
    ('RGPD art. 7', 'Conditions applicables au consentement'),
    ('RGPD art. 8', 'Consentement des enfants'),
    ('RGPD art. 9', 'Catégories particulières de données'),
    ('RGPD art. 12', 'Transparence des informations'),
    ('RGPD art. 13', 'Information lors de la collecte'),
    ('RGPD art. 15', 'Droit d''accès'),
    ('RGPD art. 17', 'Droit à l''effacement'),
    ('RGPD art. 21', 'Droit d''opposition'),
    ('RGPD art. 25', 'Protection des données dès la conception et par défaut'),
    ('RGPD art. 28', 'Sous-traitant'),
    ('RGPD art. 30', 'Registre des activités de traitement'),
    ('RGPD art. 32', 'Sécurité du traitement'),
    ('RGPD art. 33', 'Notification d''une violation à l''autorité'),
    ('RGPD art. 34', 'Communication d''une violation à la personne concernée'),
    ('RGPD art. 35', 'Analyse d''impact'),
    ('RGPD art. 37', 'Désignation du délégué à la protection des données'),
    ('RGPD art. 44', 'Transferts hors de l''Union'),
    ('Loi 78-17 art. 82', 'Traceurs (cookies) : information et consentement');

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON theme, article, programme_target, inspection_number, inspection TO ${app_role};
GRANT SELECT, INSERT, DELETE ON team_member, finding TO ${app_role};
GRANT SELECT, INSERT ON addendum, inspection_event, interest_declaration TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON saved_filter TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
