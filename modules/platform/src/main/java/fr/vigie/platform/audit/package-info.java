/**
 * The audit trail: append-only, hash-chained, in PostgreSQL. Each entry's hash covers its content
 * and the previous entry's hash, so that changing or deleting any row breaks the chain at that
 * row; the application's database role cannot UPDATE or DELETE entries at all. The one change the
 * database allows is the erasure of a reason, which keeps the reason's keyed digest that the hash
 * covers (ADR 10), so that a case's personal data can go without the chain breaking.
 */
package fr.vigie.platform.audit;
