package fr.vigie.crossborder.rest;

import jakarta.validation.constraints.NotNull;

/** The request bodies of {@code /api/cross-border-cases}. Public: JSON-B reads them. Dates are ISO days. */
public final class Bodies {
    private Bodies() {}

    /** Opening ex officio: the day, the lead authority (ISO code, FR when the CNIL leads), the organisation. */
    public record Open(
            String openedOn, String lead, String organisationName, Long organisationDirectoryId, String reason) {}

    /**
     * An act, with the version of the case the caller read. {@code date}: the day of the act;
     * {@code authority}: the objecting or added authority; {@code complaint}: the complaint to join;
     * {@code months}: the extension of the investigation deadline.
     */
    /** A document sent: the recipient ({@code PARTY_UNDER_INVESTIGATION}, {@code COMPLAINANT}, {@code CONCERNED_AUTHORITY}). */
    public record Sent(@NotNull Long version, String date, String recipient, String authority) {}

    public record Act(
            @NotNull Long version, String date, String authority, String complaint, String reason, Integer months) {}
}
