package fr.vigie.complaints.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** The bodies of the acts on a complaint; each carries the version the caller read. Public: JSON-B reads them. */
public final class Acts {
    private Acts() {}

    public record Versioned(@NotNull Long version) {}

    public record Qualify(
            @NotNull Long version,
            @NotNull Boolean admissible,
            @NotNull Boolean competent,
            @NotNull Boolean crossBorder,
            String leadAuthority,
            String reason) {}

    public record Assign(@NotNull Long version, @NotBlank String assignee, String reason) {}

    public record Inform(@NotNull Long version, String summary) {}

    public record Request(@NotNull Long version, String questions) {}

    public record Answer(@NotNull Long version, @NotNull Long request, String answeredOn, String summary) {}

    public record Close(@NotNull Long version, @NotBlank String outcome, String reason) {}

    public record Reopen(@NotNull Long version, String reason) {}

    public record Priority(@NotNull Long version, @NotBlank String priority, String reason) {}

    public record Link(@NotBlank String other, String reason) {}

    public record LinkDecision(@NotNull Long version, String reason) {}

    /** A group act on a campaign: the version read of each complaint acted on, by reference. */
    public record CampaignAssign(@NotNull Map<String, Long> versions, String assignee, String reason) {}

    public record CampaignInform(@NotNull Map<String, Long> versions, String summary) {}

    public record CampaignClose(@NotNull Map<String, Long> versions, String outcome, String reason) {}
}
