/** Research-authorisation dossiers (national procedure and EHDS), see DOMAIN.md §4 and docs/dossiers.md. */
package fr.vigie.dossiers;
