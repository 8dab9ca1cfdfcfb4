package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.organisation.OrganisationSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One organisation with its group, contact and turnovers, for its page and the API. */
public record OrganisationView(
        OrganisationSummary summary,
        String source,
        String parentLabel,
        String contactName,
        String contactEmail,
        List<TurnoverView> turnovers,
        Instant updatedAt,
        String updatedBy) {

    /** A financial year's worldwide turnover. */
    public record TurnoverView(
            int financialYear, BigDecimal amount, String currency, Instant recordedAt, String recordedBy) {}

    public long id() {
        return summary.id();
    }

    public long version() {
        return summary.version();
    }
}
