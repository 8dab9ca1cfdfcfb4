/**
 * Storage of complaints in schema {@code complaints}: the JPA repository of the aggregate, and
 * the SQL written for the database where screens need it (the work list's filtered, sorted,
 * paged query; full-text and trigram searches; the clock-status read model).
 */
package fr.vigie.complaints.persistence;
