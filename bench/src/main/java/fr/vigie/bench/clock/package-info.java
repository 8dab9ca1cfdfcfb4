/**
 * Database benchmark of the legal clocks: the status job's SQL sweep and the engine's batch
 * recomputation over one million stored clocks, on an embedded PostgreSQL, with the production
 * SQL of {@code fr.vigie.platform.clock.persistence}.
 */
package fr.vigie.bench.clock;
