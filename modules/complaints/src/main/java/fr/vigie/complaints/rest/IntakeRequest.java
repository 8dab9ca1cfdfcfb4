package fr.vigie.complaints.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A complaint submitted by another channel. Shape checks here (400 listing every bad field); the
 * business rules (SIREN checksum, dates) are the domain's (422 naming the field).
 *
 * @param receivedOn    ISO date; today when absent
 * @param submissionKey the same key on a resubmission returns the complaint already created
 */
public record IntakeRequest(
        @NotBlank @Pattern(regexp = "WEB_FORM|MAIL|STAFF_INTAKE|EU_AUTHORITY_TRANSFER")
        String channel,

        String receivedOn,
        @NotBlank @Size(max = 200) String complainantName,
        @Email @Size(max = 254) String complainantEmail,
        @Size(max = 500) String complainantAddress,
        @NotBlank @Size(max = 300) String organisationName,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String organisationCountry,
        @Size(max = 20) String organisationIdentifier,
        @NotBlank @Size(min = 20, max = 20000) String facts,
        @NotEmpty Set<@NotBlank String> categories,
        @NotNull @Min(1) @Max(100_000_000) Integer peopleAffected,
        @Size(max = 100) String submissionKey) {}
