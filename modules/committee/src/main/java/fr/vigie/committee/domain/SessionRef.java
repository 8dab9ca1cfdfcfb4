package fr.vigie.committee.domain;

import java.util.Objects;

/**
 * The public reference of a committee session, e.g. {@code SC-2026-0007}: what members, minutes and
 * audit records call it (its database id stays inside the module). The minutes and the session's
 * audit records are on the case {@code committee:SC-2026-0007}.
 *
 * @param value the reference as shown, never blank
 */
public record SessionRef(String value) {
    public SessionRef {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a session reference is not blank");
        }
    }

    /** The {@code number}-th session planned in {@code year}. */
    public static SessionRef of(int year, long number) {
        return new SessionRef(String.format("SC-%04d-%04d", year, number));
    }

    @Override
    public String toString() {
        return value;
    }
}
