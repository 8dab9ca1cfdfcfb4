/**
 * What other modules may use of the inspections module: its name in case references, the event it
 * publishes when an inspection is closed with an outcome that calls for the sanctions module, and
 * the query telling who inspected a case (so that sanctions can refuse them as rapporteur or judge).
 */
package fr.vigie.inspections.api;
