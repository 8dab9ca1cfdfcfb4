package fr.vigie.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows days and instants as the authority's staff read them: in Paris time, in the page's language.
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /**
     * A day as the page's language writes it in a table or a line ("5 déc. 2026", "5 Dec 2026"),
     * never ISO; an empty string for null.
     */
    public String day(LocalDate day) {
        return day(day, locale());
    }

    static String day(LocalDate day, Locale locale) {
        return day == null ? "" : DAY.withLocale(locale).format(day);
    }

    /** Date and time of an instant, or an empty string for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.withLocale(locale()).format(instant);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
    }
}
