/**
 * The complaints data generator (a million complaints with consistent histories and legal clocks,
 * loaded with PostgreSQL COPY) and the benchmark of the work list's queries over it.
 */
package fr.vigie.bench.complaints;
