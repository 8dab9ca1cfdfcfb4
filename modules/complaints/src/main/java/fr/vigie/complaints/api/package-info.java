/**
 * What other modules may use of the complaints module: the events it publishes (a complaint
 * referred to inspection or to sanctions) and the module's name in case references.
 */
package fr.vigie.complaints.api;
