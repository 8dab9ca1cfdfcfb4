/** {@code /api/reports}: every report as JSON, its drill-downs, and its exports (CSV, XLSX, PDF). */
package fr.vigie.reporting.rest;
