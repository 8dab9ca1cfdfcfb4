/** Backing beans of the dossier pages (list, form, file) and of the public register. */
package fr.vigie.dossiers.web;
