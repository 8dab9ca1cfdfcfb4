package fr.vigie.platform.api.organisation.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One case (or one declaration) listed in a section.
 *
 * @param reference the case reference, e.g. {@code PL-2026-000012}
 * @param label     what it is, in the reader's language (never a complainant's identity)
 * @param status    its status, in the reader's language
 * @param date      the date the list is sorted by (received, opened, decided...)
 * @param path      its page relative to the application, or null when it has none
 */
public record ProfileRow(String reference, String label, String status, LocalDate date, String path) {
    public ProfileRow {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(label, "label");
    }
}
