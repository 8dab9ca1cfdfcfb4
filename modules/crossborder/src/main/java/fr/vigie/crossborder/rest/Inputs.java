package fr.vigie.crossborder.rest;

import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates and authorities in request bodies, refused on their field when malformed. */
final class Inputs {
    private Inputs() {}

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CrossBorderException.onField(field, "crossborder.date.invalid", text);
        }
    }

    static SupervisoryAuthority authority(String iso, String field) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        return SupervisoryAuthority.ofCountry(iso)
                .orElseThrow(() -> CrossBorderException.onField(field, "crossborder.authority.unknown", iso));
    }
}
