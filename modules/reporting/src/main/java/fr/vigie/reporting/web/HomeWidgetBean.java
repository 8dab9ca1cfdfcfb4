package fr.vigie.reporting.web;

import fr.vigie.reporting.application.DeadlineHeadline;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.application.ReportService;
import fr.vigie.reporting.export.ReportDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the manager's home panel shows: the deadline board's counts (one aggregate query on the
 * reporting snapshot, no rows) and links to the reports the reader may open.
 */
@Named("reportsHome")
@RequestScoped
public class HomeWidgetBean {
    @Inject
    ReportService reports;

    private DeadlineHeadline headline;
    private List<Report> available;

    public DeadlineHeadline getHeadline() {
        if (headline == null) {
            headline = reports.deadlineHeadline();
        }
        return headline;
    }

    public List<Report> getReports() {
        if (available == null) {
            available = reports.available();
        }
        return available;
    }

    /** A module's name for people ("Plaintes"), or its technical name when the bundle has none. */
    public String moduleLabel(String module) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            return ResourceBundle.getBundle(ReportDocuments.BUNDLE, locale, HomeWidgetBean.class.getClassLoader())
                    .getString("home.module." + module);
        } catch (MissingResourceException unknownModule) {
            return module;
        }
    }
}
