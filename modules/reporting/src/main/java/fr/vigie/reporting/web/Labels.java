package fr.vigie.reporting.web;

import fr.vigie.reporting.export.ReportDocuments;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** The reports' texts in the reader's language (French, or English), as the pages and exports word them. */
interface Labels {
    Locale locale();

    default String label(String key, Object... args) {
        return new ReportDocuments(locale()).label(key, args);
    }

    /** The language of the current page's view, looked up on each call. */
    static Labels ofPage() {
        return () -> {
            Locale l = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            return l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        };
    }
}
