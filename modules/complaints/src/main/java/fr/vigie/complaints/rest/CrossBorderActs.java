package fr.vigie.complaints.rest;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The bodies of the cross-border acts; each carries the version the caller read. Public: JSON-B reads them. */
public final class CrossBorderActs {
    private CrossBorderActs() {}

    /** @param missing {@code Art4Information} names */
    public record Inadmissible(@NotNull Long version, List<String> missing, String reasons) {}

    public record Assessment(@NotNull Long version, @NotNull Boolean crossBorder, String presumedLead, String reason) {}

    /** @param documents documents sent besides the complaint (or its non-confidential version), by name */
    public record Transmission(@NotNull Long version, List<String> documents) {}
}
