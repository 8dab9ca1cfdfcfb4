/**
 * The inspection as a business object: its lifecycle (planned, prepared, conducted, minutes
 * notified, observations closed, closed with an outcome) as a state machine in {@link
 * fr.vigie.inspections.domain.Inspection}, the team and the separation-of-duties rule, the
 * minutes and their findings, locked once notified. Also the reference data the administrator
 * edits (themes, articles) and the interests inspectors declare.
 */
package fr.vigie.inspections.domain;
