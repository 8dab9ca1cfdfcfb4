/** JPA repository of dossiers and the SQL queries of the screens (work list, public register), paged in the database. */
package fr.vigie.dossiers.persistence;
