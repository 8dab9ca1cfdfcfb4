package fr.vigie.reporting.web;

/**
 * What one report page shows of its own, behind {@code #{reportPage.view}}: its numbers
 * ({@code data}), read once per filter, and its charts. The shared furniture (filters, drill-downs,
 * exports, data age) stays in {@link ReportPageBean}; {@link ReportViews} finds the view of a report.
 * Implementations are public: the pages reach their properties through EL.
 */
public interface ReportView {
    /** The report's result, as the service returns it (what the page's tables show). */
    Object getData();
}
