/**
 * The audit trail: append-only, hash-chained, in PostgreSQL. Each entry's hash covers its content
 * and the previous entry's hash, so that changing or deleting any row breaks the chain at that
 * row; the application's database role cannot UPDATE or DELETE entries at all.
 */
package fr.vigie.platform.audit;
