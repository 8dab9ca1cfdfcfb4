/**
 * The cross-border case and its rules: the cooperation procedure between the lead supervisory
 * authority and the authorities concerned as a state machine with business verbs, the EU/EEA
 * supervisory authorities as reference data, and the legal clocks each act asks for (chosen by the
 * case's opening date, {@link fr.vigie.platform.api.clock.CrossBorderRules}). Pure Java: no
 * persistence, web or application code yet (ADR 12).
 */
package fr.vigie.crossborder.domain;
