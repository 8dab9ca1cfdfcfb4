/** What other modules may use of the reporting module. */
package fr.vigie.reporting.api;
