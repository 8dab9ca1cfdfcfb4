package fr.vigie.reporting.rest;

import fr.vigie.reporting.application.Reports;
import fr.vigie.reporting.domain.ReportFilter;
import jakarta.ws.rs.QueryParam;

/**
 * The report filters and paging as query parameters ({@code @BeanParam} of {@link ReportResource}):
 * {@code from}, {@code to}, {@code module}, {@code team}, {@code procedure}, {@code organisation},
 * {@code offset}, {@code limit}.
 */
public class FilterParams {
    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("module")
    String module;

    @QueryParam("team")
    String team;

    @QueryParam("procedure")
    String procedure;

    @QueryParam("organisation")
    String organisation;

    @QueryParam("offset")
    Integer offset;

    @QueryParam("limit")
    Integer limit;

    ReportFilter filter() {
        return new ReportFilter(
                ReportResource.date(from, "from"),
                ReportResource.date(to, "to"),
                module,
                team,
                procedure,
                organisation);
    }

    int offset() {
        return offset == null ? 0 : Math.max(0, offset);
    }

    int limit(int max) {
        return limit == null ? Reports.FIRST_PAGE : Math.max(1, Math.min(limit, max));
    }
}
