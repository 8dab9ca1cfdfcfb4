package fr.vigie.inspections.rest;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/** The bodies of the acts on an inspection; each carries the version the caller read. Public: JSON-B reads them. */
public final class Acts {
    private Acts() {}

    public record Open(
            String origin,
            String originCase,
            String type,
            String theme,
            Integer year,
            Integer quarter,
            String organisationName,
            String organisationNumber,
            String organisationCountry,
            Boolean sensitiveData,
            Boolean minors,
            String subject,
            String breachKnownOn,
            String breachNotifiedOn,
            Integer breachPeopleAffected,
            String breachDataCategories) {}

    public record Versioned(@NotNull Long version) {}

    public record Prepare(@NotNull Long version, String lead, Set<String> members, String place, String visitDate) {}

    public record Conduct(@NotNull Long version, String conductedOn) {}

    public record Minutes(@NotNull Long version, String peopleMet, String text) {}

    public record Finding(
            @NotNull Long version,
            String article,
            String severity,
            String description,
            List<String> evidence,
            String reason) {}

    public record Addendum(@NotNull Long version, String reason, String text) {}

    public record Close(@NotNull Long version, String outcome, String reason) {}

    public record Target(String theme, Integer target, Long version) {}

    public record Interest(String inspector, String organisationName, String organisationNumber, String statement) {}
}
