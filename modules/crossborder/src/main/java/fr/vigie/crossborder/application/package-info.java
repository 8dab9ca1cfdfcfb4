/**
 * The use cases on cross-border cases: one method per act, in one transaction, that lets the
 * aggregate decide, starts and ends the legal clocks its acts ask for, and audits every change
 * (who, when, what, why); the reaction to a transmitted cross-border complaint; the queries of the
 * screens and the API.
 */
package fr.vigie.crossborder.application;
