package fr.vigie.platform.api.organisation.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the organisation's merged timeline.
 *
 * @param date      when it happened
 * @param section   the key of the section that contributed it
 * @param label     what happened, in the reader's language
 * @param reference the case it belongs to
 * @param path      the case's page, or null
 */
public record ProfileEvent(LocalDate date, String section, String label, String reference, String path) {
    public ProfileEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
    }
}
