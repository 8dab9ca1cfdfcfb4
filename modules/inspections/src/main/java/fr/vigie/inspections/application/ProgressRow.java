package fr.vigie.inspections.application;

import java.util.Locale;

/**
 * One theme of the "programme progress" report: the year's target, the inspections planned for the
 * theme (every status), and how many of them are not started, under way and done.
 */
public record ProgressRow(
        String theme, String labelFr, String labelEn, Integer target, long notStarted, long started, long done) {

    /** Every inspection of the theme in the year's programme, whatever its stage. */
    public long planned() {
        return notStarted + started + done;
    }

    /** Done against the target, in percent; null without a target (a zero target has no progress). */
    public Long percentOfTarget() {
        return target == null || target == 0 ? null : Math.round(100.0 * done / target);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
