package fr.vigie.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows instants as the authority's staff read them: in Paris time, in the page's language.
 * (Faces 4.0's {@code f:convertDateTime} has no {@code instant} type.)
 */
@Named("dates")
@ApplicationScoped
public class DatesBean {
    /** The authority's legal time zone: deadlines and the audit trail are read in it. */
    static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.SHORT, FormatStyle.MEDIUM)
            .withZone(AUTHORITY_ZONE);

    /** Date and time of an instant, or an empty string for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(locale()).format(instant);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
    }
}
