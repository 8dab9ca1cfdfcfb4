/** What other modules may use of the dossiers module. */
package fr.vigie.dossiers.api;
