/** JPA repository of the cross-border cases, their directory for the legal clocks, and the list query. */
package fr.vigie.crossborder.persistence;
