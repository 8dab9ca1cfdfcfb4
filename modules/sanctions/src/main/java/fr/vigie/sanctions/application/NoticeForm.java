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
 * year), the breaches, the measures required and the period (null amount: 3 months by default).
 */
public record NoticeForm(
        String organisationName,
        String organisationNumber,
        String groupName,
        BigDecimal turnover,
        Integer turnoverYear,
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
        return undertaking(organisationName, organisationNumber, groupName, turnover, turnoverYear);
    }

    static Undertaking undertaking(String name, String number, String group, BigDecimal turnover, Integer year) {
        return new Undertaking(
                name, number, group, turnover == null ? null : Money.of(turnover, "EUR", "turnover"), year);
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
