/**
 * What other modules may use of the cross-border cases: for now the module's name. The events that
 * connect it to complaints and sanctions (ADR 12) come with the application layer.
 */
package fr.vigie.crossborder.api;
