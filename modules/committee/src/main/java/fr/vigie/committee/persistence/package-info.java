/** JPA repositories of the committee's aggregates and the SQL of its screens' lists (schema {@code committee}). */
package fr.vigie.committee.persistence;
