/**
 * What other modules may use of the sanctions module: its name in case references and the events
 * it publishes (a decision taken, so that the inspection and complaints it came from can show it).
 */
package fr.vigie.sanctions.api;
