package fr.vigie.dossiers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who acts and when: every verb of the aggregate takes one, so the history never guesses. */
public record Stamp(String actor, Instant at, LocalDate today) {
    public Stamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
