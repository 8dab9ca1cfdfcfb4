/**
 * What other modules may use of the complaints module: the events it publishes (a complaint
 * referred to inspection or to sanctions, a cross-border complaint transmitted), the one it listens
 * to from the crossborder module ({@link fr.vigie.complaints.api.CrossBorderStageReached}, here to
 * avoid a cycle between the two modules) and the module's name in case references.
 */
package fr.vigie.complaints.api;
