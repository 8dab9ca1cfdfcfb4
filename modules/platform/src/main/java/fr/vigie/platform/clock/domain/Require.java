package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * Guards shared by the value objects of this package.
 *
 * <p>Why not {@code Objects.requireNonNull}: a missing date usually comes from a form or a
 * configuration file, and a {@link NullPointerException} tells the person nothing. These
 * guards throw a {@link ClockRuleException} that names what is missing.
 */
final class Require {

    private Require() {}

    static LocalDate date(LocalDate date, String what) {
        if (date == null) {
            throw new ClockRuleException("clock.input.missingDate", "The %s is missing: a date is required", what);
        }
        return date;
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new ClockRuleException("clock.input.missing", "The %s is missing", what);
        }
        return value;
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ClockRuleException(
                    "clock.input.missingText", "The %s is missing: a non-empty text is required", what);
        }
        return value.strip();
    }
}
