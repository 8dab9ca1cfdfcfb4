package fr.vigie.platform.clock.web;

import fr.vigie.platform.clock.application.ClockException;
import fr.vigie.platform.clock.application.DeadlineCalculation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The clocks' texts in the page's language: dates written out ("samedi 9 mai 2026"), periods
 * ("3 mois"), and the explanation of each rule applied to a deadline, rebuilt from the rule and
 * its dates (the engine's own sentences are English).
 */
@Named("clockTexts")
@RequestScoped
public class ClockTexts {

    public String text(String key, Object... args) {
        return format(locale(), key, args);
    }

    /** E.g. "samedi 9 mai 2026" / "Saturday 9 May 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale()).format(date);
    }

    /** E.g. "3 mois" / "30 working days". */
    public String period(int amount, String unit) {
        return text("unit." + unit, amount);
    }

    /** "3 months" stored form to words. */
    public String period(String stored) {
        String[] parts = stored == null ? new String[0] : stored.strip().split("\\s+");
        if (parts.length != 2) {
            return String.valueOf(stored);
        }
        try {
            return period(Integer.parseInt(parts[0]), parts[1]);
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    /** One rule applied, as a sentence in the page's language. */
    public String explain(DeadlineCalculation.Step step, DeadlineCalculation calculation) {
        String before = date(step.before());
        String after = date(step.after());
        String period = period(calculation.amount(), calculation.unit());
        return switch (step.rule()) {
            case ART_3_1 -> text("step.ART_3_1", before, after);
            case ART_3_2_B -> text("step.counted", before, after, period);
            case ART_3_3 -> text("step.counted.workingDays", before, after, period);
            case ART_3_2_C ->
                step.before().getDayOfMonth() == step.after().getDayOfMonth() || "weeks".equals(calculation.unit())
                        ? text("step.counted.sameDate", before, after, period)
                        : text(
                                "step.counted.clamped",
                                before,
                                after,
                                period,
                                step.before().getDayOfMonth());
            case EXTENSION -> text("step.EXTENSION", before, after);
            case SUSPENSION -> text("step.SUSPENSION", before, after, calculation.suspendedDays());
            case ART_3_4 ->
                step.holidayName() == null
                        ? text("step.ART_3_4.weekend", before, after)
                        : text("step.ART_3_4.holiday", before, after, step.holidayName());
            case ART_3_5 -> text("step.ART_3_5", before, after);
            case COUNT_BACK -> text("step.COUNT_BACK", before, after);
            case ROLL_BACK ->
                step.holidayName() == null
                        ? text("step.ROLL_BACK.weekend", before, after)
                        : text("step.ROLL_BACK.holiday", before, after, step.holidayName());
        };
    }

    /** The legal reference of a rule, in the page's language. */
    public String reference(DeadlineCalculation.Step step) {
        return text("ref." + step.rule().name());
    }

    static String format(Locale locale, String key, Object... args) {
        try {
            String pattern = ClockException.bundle(locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
    }
}
