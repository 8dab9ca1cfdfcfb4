package fr.vigie.committee.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who acts and when: every verb of the aggregates takes one, so that records never guess. */
public record Stamp(String actor, Instant at, LocalDate today) {
    public Stamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
