package fr.vigie.reporting.web;

import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.domain.ReportFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The links a report page gives: to a case's own page, and to the report's exports with the filter applied. */
final class ReportLinks {
    private ReportLinks() {}

    /** The page of a case: the module's own page when it has one, else the case's clocks. */
    static String caseUrl(String context, String caseModule, String reference, String caseRef) {
        if (ReportingModule.COMPLAINTS.equals(caseModule) || ReportingModule.DOSSIERS.equals(caseModule)) {
            return context + "/" + caseModule + "/file.xhtml?reference=" + encode(reference);
        }
        return context + "/clocks/case.xhtml?caseRef=" + encode(caseRef);
    }

    /** {@code /api/reports/<slug>/export?format=...&lang=...} and the filter's fields that are set. */
    static String exportUrl(String context, Report report, String format, String language, ReportFilter filter) {
        StringBuilder url = new StringBuilder(context)
                .append("/api/reports/")
                .append(report.slug())
                .append("/export?format=")
                .append(format)
                .append("&lang=")
                .append(language);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("module", filter.module());
        params.put("team", filter.team());
        params.put("procedure", filter.procedure());
        params.put("organisation", filter.organisation());
        params.forEach((k, v) -> {
            if (v != null) {
                url.append('&').append(k).append('=').append(encode(v.toString()));
            }
        });
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
