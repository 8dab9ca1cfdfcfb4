package fr.vigie.inspections.rest;

import fr.vigie.inspections.domain.InspectionException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** ISO dates and ids in request bodies, refused on their field when malformed. */
final class Dates {
    private Dates() {}

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InspectionException.onField(field, "value.invalid", text);
        }
    }

    static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw InspectionException.onField(field, "value.invalid", text);
        }
    }
}
