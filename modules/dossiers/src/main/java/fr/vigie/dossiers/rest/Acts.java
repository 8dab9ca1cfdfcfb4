package fr.vigie.dossiers.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The bodies of the acts on a dossier; each carries the version of the dossier the caller saw. */
public final class Acts {
    private Acts() {}

    public record Versioned(@NotNull Long version) {}

    public record Draft(@NotNull Long version, @NotNull ApplicationRequest application) {}

    public record Incomplete(
            @NotNull Long version, @NotBlank String missing) {}

    public record WithReason(
            @NotNull Long version, @NotBlank String reason) {}

    public record Fee(@NotNull Long version, @NotNull BigDecimal amount, String currency) {}

    public record Grant(@NotNull Long version, @NotBlank String expiresOn, String conditions) {}

    public record Refuse(@NotNull Long version, @NotBlank String reasons) {}

    public record Dated(@NotNull Long version, @NotBlank String on) {}

    public record Amend(
            @NotNull Long version,
            @NotBlank String conditions,
            @NotBlank String reason) {}

    public record Extend(
            @NotNull Long version,
            @NotBlank String expiresOn,
            @NotBlank String reason) {}
}
