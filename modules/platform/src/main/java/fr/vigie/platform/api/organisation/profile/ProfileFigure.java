package fr.vigie.platform.api.organisation.profile;

import java.util.Objects;

/**
 * One figure of a section, e.g. "Ouvertes: 3" or "Amendes 2026: 20 000,00 €".
 *
 * @param key   stable name for API clients, e.g. {@code status.CLOSED}, {@code fines.2026}
 * @param label the figure's name in the reader's language
 * @param value the figure, formatted for the reader (a count, or an amount with its currency)
 */
public record ProfileFigure(String key, String label, String value) {
    public ProfileFigure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static ProfileFigure count(String key, String label, long count) {
        return new ProfileFigure(key, label, Long.toString(count));
    }
}
