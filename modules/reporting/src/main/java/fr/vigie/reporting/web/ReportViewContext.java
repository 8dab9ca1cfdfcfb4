package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportService;
import fr.vigie.reporting.application.ReportingSettings;
import fr.vigie.reporting.domain.ReportFilter;

/** What a report view is opened with: the service, the settings, the filter applied and the page's language. */
record ReportViewContext(ReportService reports, ReportingSettings settings, ReportFilter filter, Labels labels) {}
