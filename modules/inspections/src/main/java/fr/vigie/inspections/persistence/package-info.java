/**
 * Storage of inspections: JPA repositories for the aggregates and reference data, and the list,
 * board and home-page queries written in SQL for PostgreSQL (filters, sorts and paging in the
 * database; sort keys whitelisted, user input only in parameters).
 */
package fr.vigie.inspections.persistence;
