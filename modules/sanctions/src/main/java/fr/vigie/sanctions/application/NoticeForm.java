package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Money;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.CompliancePeriod;
import fr.vigie.sanctions.domain.SanctionsException;
import fr.vigie.sanctions.domain.Undertaking;
import java.math.BigDecimal;
import java.util.List;

/**
 * A formal notice as typed: the organisation (name, SIREN/SIRET, group, group turnover and its
 * year, whether it is established abroad: null or absent means in France), the breaches, the
 * measures required and the period (null amount: 3 months by default).
 */
public record NoticeForm(
        String organisationName,
        String organisationNumber,
        String groupName,
        BigDecimal turnover,
        Integer turnoverYear,
        Boolean establishedAbroad,
        List<BreachForm> breaches,
        String measuresRequired,
        Integer periodAmount,
        String periodUnit) {

    public NoticeForm {
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
    }

    /** One breach as typed. */
    public record BreachForm(String article, String severity, String description) {}

    Undertaking undertaking() {
        return new Undertaking(
                organisationName,
                organisationNumber,
                groupName,
                turnover == null ? null : Money.of(turnover, "EUR", "turnover"),
                turnoverYear,
                Boolean.TRUE.equals(establishedAbroad));
    }

    List<Breach> breachList() {
        return breaches.stream()
                .filter(b -> b.article() != null && !b.article().isBlank())
                .map(b -> new Breach(b.article(), b.severity(), b.description()))
                .toList();
    }

    CompliancePeriod period() {
        if (periodAmount == null) {
            if (periodUnit != null && !periodUnit.isBlank() && !periodUnit.equals("months")) {
                throw SanctionsException.onField("periodAmount", "field.required");
            }
            return CompliancePeriod.byDefault();
        }
        return new CompliancePeriod(periodAmount, periodUnit == null ? "days" : periodUnit);
    }
}
