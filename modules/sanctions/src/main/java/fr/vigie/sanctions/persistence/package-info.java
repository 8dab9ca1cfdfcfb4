/** JPA repositories of formal notices and sanction cases, and the SQL of the lists (paged, filtered and sorted by the database). */
package fr.vigie.sanctions.persistence;
