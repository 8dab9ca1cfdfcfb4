package fr.vigie.committee.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The bodies of the committee's API. Shape checks here (400 listing every bad field); business rules
 * in the domain (422 naming the field). Acts on an existing record carry the version the caller read.
 */
public final class Bodies {
    private Bodies() {}

    /** A dossier referred for review, as the dossiers module (or another instruction system) sends it. */
    public record Referral(
            @NotBlank @Pattern(regexp = "dossiers:[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")
            String dossier,

            @NotBlank @Size(max = 500) String title,
            @Size(max = 40) String procedure,
            @Size(max = 4000) String purpose,
            @NotBlank @Size(max = 300) String applicantOrganisation,
            @Size(max = 20) String applicantSiren,
            @Size(max = 200) String principalInvestigator,
            @NotBlank String opinionDueDate,
            @Size(max = 64) String instructor,
            @Size(max = 200) List<UUID> documents) {}

    public record Withdrawal(
            @NotBlank @Pattern(regexp = "dossiers:[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")
            String dossier,

            @NotBlank @Size(max = 2000) String reason) {}

    public record NewSession(
            @NotBlank String date,
            @NotBlank @Size(max = 200) String title) {}

    public record Schedule(
            @NotNull Long version,
            @NotBlank String date,
            @Size(max = 200) String title,
            String reason) {}

    public record Agenda(
            @NotNull Long version, @NotNull @Size(max = 200) List<@NotNull Long> reviews, String reason) {}

    public record Versioned(@NotNull Long version) {}

    public record Opening(
            @NotNull Long version,
            @NotNull @Size(min = 1, max = 100) Set<@NotBlank String> attendees) {}

    public record Postponement(
            @NotNull Long version, @NotNull Long review, String reason) {}

    public record Rapporteur(
            @NotNull Long version, @NotBlank String rapporteur, String reason) {}

    public record Draft(
            @NotNull Long version,

            @NotBlank @Pattern(regexp = "FAVOURABLE|FAVOURABLE_WITH_RESERVATIONS|UNFAVOURABLE")
            String kind,

            String reasoning) {}

    /** A vote; {@code version} is that of the member's earlier vote when changing it, absent for a first vote. */
    public record Ballot(
            @NotBlank @Pattern(regexp = "FAVOURABLE|FAVOURABLE_WITH_RESERVATIONS|UNFAVOURABLE|ABSTENTION")
            String choice,

            String remarks,
            Long version) {}

    public record CastingVote(
            @NotNull Long version,

            @NotBlank @Pattern(regexp = "FAVOURABLE|FAVOURABLE_WITH_RESERVATIONS|UNFAVOURABLE")
            String kind,

            String reason) {}

    public record Adoption(@NotNull Long version, String reasoning, String reservations) {}

    public record Appointment(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Pattern(regexp = "MEMBER|CHAIR") String function,
            String reason) {}

    public record Release(@NotNull Long version, String reason) {}

    public record Declaration(
            @Size(max = 300) String organisationName,
            @Size(max = 20) String siren,
            @Size(max = 500) String nature) {}

    public record EndOfInterest(String reason) {}
}
