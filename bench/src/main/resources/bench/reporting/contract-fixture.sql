-- Contract-shaped stand-ins for the reporting views of ADR 4, for the benchmark only, used when a
-- module's real migrations are not on the benchmark's class path. Shapes follow ADR 4 exactly.
-- Never part of any production migration.
CREATE SCHEMA IF NOT EXISTS complaints;
CREATE SCHEMA IF NOT EXISTS dossiers;
CREATE SCHEMA IF NOT EXISTS committee;
