package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.InspectionException;
import java.util.Locale;

/** Turns what a person typed into the domain's values, refusing on the field at fault. */
public final class Inputs {
    private Inputs() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw InspectionException.onField(field, "value.required");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InspectionException.onField(field, "value.invalid", value);
        }
    }
}
