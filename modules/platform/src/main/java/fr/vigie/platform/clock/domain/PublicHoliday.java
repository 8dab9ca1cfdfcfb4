package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * A public holiday: a day that is not a working day even though it falls in the week.
 *
 * <p>The name is kept because a deadline that moved must say why ("Thursday 14 May is
 * Ascension"); a bare date would leave the reader guessing.
 *
 * @param date the day
 * @param name the name shown to users, e.g. "Ascension"
 */
public record PublicHoliday(LocalDate date, String name) implements Comparable<PublicHoliday> {

    public PublicHoliday {
        Require.date(date, "date of the public holiday");
        name = Require.text(name, "name of the public holiday on " + date);
    }

    @Override
    public int compareTo(PublicHoliday other) {
        return date.compareTo(other.date);
    }
}
