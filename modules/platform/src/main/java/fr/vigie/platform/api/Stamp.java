package fr.vigie.platform.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who acts and when: every verb of an aggregate takes one, so that its history never guesses.
 *
 * @param actor the username acting ({@code system} for system tasks)
 * @param at    the instant of the act
 * @param today the legal day of the act in the authority's time zone
 */
public record Stamp(String actor, Instant at, LocalDate today) {
    public Stamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
