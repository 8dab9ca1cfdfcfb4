/** Organisations in schema {@code platform}: JPA for the aggregate, SQL for search and the SIRENE upsert. */
package fr.vigie.platform.organisation.persistence;
