package fr.vigie.sanctions.domain;

import java.util.Objects;

/**
 * The reference of a sanction case ({@code SAN-2026-000001}), as services take it: typed, so that a
 * reason or a username cannot be passed where a case is meant. Not checked against the format: an
 * unknown reference is simply not found (404).
 *
 * @param value the reference as written
 */
public record SanctionReference(String value) {
    public SanctionReference {
        Objects.requireNonNull(value, "reference");
    }

    public static SanctionReference of(String value) {
        return new SanctionReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
