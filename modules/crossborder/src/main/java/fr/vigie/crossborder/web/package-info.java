/** The pages of cross-border cases: the list (with the opening dialog) and the case file with its acts. */
package fr.vigie.crossborder.web;
