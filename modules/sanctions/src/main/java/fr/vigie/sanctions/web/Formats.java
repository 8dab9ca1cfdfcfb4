package fr.vigie.sanctions.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;

/** Dates and amounts on the sanctions pages, in the page's language. */
@Named("sanctionFormats")
@ApplicationScoped
public class Formats {
    public String day(LocalDate day) {
        return UiMessages.day(day);
    }

    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(UiMessages.locale());
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }
}
