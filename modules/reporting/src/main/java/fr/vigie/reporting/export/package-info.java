/**
 * Reports as files: each report becomes a {@link fr.vigie.reporting.export.ReportDocument} (title,
 * data age, filters, tables), written as CSV, XLSX (Apache POI, streaming) or PDF (OpenPDF).
 */
package fr.vigie.reporting.export;
