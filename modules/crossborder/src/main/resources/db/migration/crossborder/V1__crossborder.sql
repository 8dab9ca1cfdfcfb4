-- Schema crossborder (ADR 12): the cross-border cases the home authority leads or is concerned by.
-- Authorities are ISO country codes of SupervisoryAuthority; stages and rules are enum names.

CREATE TABLE cross_border_case (
    reference                     varchar(20)  PRIMARY KEY,
    version                       bigint       NOT NULL,
    opened_on                     date         NOT NULL,
    rules                         varchar(40)  NOT NULL,
    home                          varchar(2)   NOT NULL,
    lead                          varchar(2)   NOT NULL,
    organisation_name             varchar(300),
    organisation_directory_id     bigint,
    procedure                     varchar(20)  NOT NULL,
    stage                         varchar(40)  NOT NULL,
    last_act_on                   date         NOT NULL,
    competence_confirmed_on       date,
    revised_drafts                integer      NOT NULL DEFAULT 0,
    stage_before_early_resolution varchar(40),
    complainant_objected_on       date,
    closed_by_early_resolution    boolean      NOT NULL DEFAULT false,
    investigation_due_on          date
);

-- A transmitted complaint looks for the open case against the same organisation and lead authority.
CREATE INDEX cross_border_case_directory ON cross_border_case (organisation_directory_id, lead) WHERE stage <> 'CLOSED';
CREATE INDEX cross_border_case_name ON cross_border_case (lower(organisation_name), lead) WHERE stage <> 'CLOSED';
CREATE INDEX cross_border_case_opened ON cross_border_case (opened_on DESC, reference DESC);

CREATE TABLE concerned_authority (
    case_reference varchar(20) NOT NULL REFERENCES cross_border_case (reference),
    authority      varchar(2)  NOT NULL,
    PRIMARY KEY (case_reference, authority)
);

CREATE TABLE joined_complaint (
    case_reference varchar(20)  NOT NULL REFERENCES cross_border_case (reference),
    position       integer      NOT NULL,
    complaint      varchar(80)  NOT NULL,
    PRIMARY KEY (case_reference, position)
);
CREATE UNIQUE INDEX joined_complaint_once ON joined_complaint (complaint);

CREATE TABLE objection (
    case_reference varchar(20) NOT NULL REFERENCES cross_border_case (reference),
    authority      varchar(2)  NOT NULL,
    PRIMARY KEY (case_reference, authority)
);

-- References TF-<year>-<number>, numbered per year of opening.
CREATE TABLE case_number (
    year integer PRIMARY KEY,
    last bigint  NOT NULL
);

-- ADR 4: the reporting view of the module (its SQL API for the reporting module; not yet read by it).
-- Read-only, fixed shape: changing a column is a breaking change. One row per case. role: LEAD when the
-- home authority leads, CONCERNED otherwise. days_since_opening: calendar days from opened_on to today
-- (Paris time). investigation_due_on: the due date of the investigation deadline (Regulation (EU)
-- 2025/2518: 15 months, or 12 under simple cooperation) when one runs; null under the GDPR alone.
CREATE VIEW report_case AS
SELECT 'crossborder:' || c.reference                                          AS case_ref,
       'crossborder'::text                                                    AS module,
       c.reference::text                                                      AS reference,
       CASE WHEN c.home = c.lead THEN 'LEAD' ELSE 'CONCERNED' END::text        AS role,
       c.lead::text                                                           AS lead_authority,
       c.organisation_name::text                                              AS organisation,
       c.rules::text                                                          AS rules,
       c.procedure::text                                                      AS procedure,
       c.stage::text                                                          AS stage,
       c.stage <> 'CLOSED'                                                    AS is_open,
       c.opened_on                                                            AS opened_on,
       ((now() AT TIME ZONE 'Europe/Paris')::date - c.opened_on)              AS days_since_opening,
       c.investigation_due_on                                                 AS investigation_due_on
FROM cross_border_case c;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON cross_border_case, case_number TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON concerned_authority, joined_complaint, objection TO ${app_role};
GRANT SELECT ON report_case TO ${app_role};

-- The case's history as its file shows it (the audit trail holds the same facts, chained and signed).
CREATE TABLE case_event (
    id             bigserial    PRIMARY KEY,
    case_reference varchar(20)  NOT NULL REFERENCES cross_border_case (reference),
    act            varchar(40)  NOT NULL,
    act_on         date,
    field          varchar(40)  NOT NULL,
    before_value   varchar(200),
    after_value    varchar(200),
    by_user        varchar(100) NOT NULL,
    recorded_at    timestamptz  NOT NULL DEFAULT now(),
    reason         varchar(2000)
);
CREATE INDEX case_event_case ON case_event (case_reference, id);
GRANT SELECT, INSERT ON case_event TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${app_role};
