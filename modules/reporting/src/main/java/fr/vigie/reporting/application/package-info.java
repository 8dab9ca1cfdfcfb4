/**
 * The reports' use cases: who may read what ({@link fr.vigie.reporting.application.ReportAccess}),
 * the reports themselves, and the scheduled rebuild of the snapshot with the breach forecast.
 */
package fr.vigie.reporting.application;
