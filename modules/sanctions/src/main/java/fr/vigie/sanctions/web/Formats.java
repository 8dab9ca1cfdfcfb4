package fr.vigie.sanctions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and amounts on the sanctions pages, in the page's language. */
@Named("sanctionFormats")
@ApplicationScoped
public class Formats {
    /** A day in the page's language ("5 décembre 2026"), empty for none. */
    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(Pages.MESSAGES.locale())
                        .format(day);
    }

    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Pages.MESSAGES.locale());
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }
}
