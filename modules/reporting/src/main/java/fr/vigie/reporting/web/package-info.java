/** The report pages: filters, numbers that drill down to the cases behind them, charts, exports, data age. */
package fr.vigie.reporting.web;
