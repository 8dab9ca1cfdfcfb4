package fr.vigie.reporting.application;

import fr.vigie.platform.api.DomainException;
import fr.vigie.reporting.domain.ReportFilter;

/** The report is not meant for the reader's roles (403 in the API: the key ends with "Forbidden"). */
public class ReportForbidden extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReportForbidden() {
        super(ReportFilter.InvalidFilter.BUNDLE, null, "error.reportForbidden");
    }
}
