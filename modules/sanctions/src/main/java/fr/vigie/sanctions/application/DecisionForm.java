package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Money;
import fr.vigie.sanctions.domain.Measure;
import fr.vigie.sanctions.domain.MeasureType;
import fr.vigie.sanctions.domain.SanctionsException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The measures and the reasons of a decision as typed.
 *
 * @param fineCalculation the fine assistant's steps the committee followed, or null when it was not used
 */
public record DecisionForm(List<MeasureForm> measures, String reasons, String fineCalculation) {

    public DecisionForm {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public DecisionForm(List<MeasureForm> measures, String reasons) {
        this(measures, reasons, null);
    }

    /**
     * One measure as typed.
     *
     * @param type          {@link MeasureType} name
     * @param fine          for a fine, in euros
     * @param penaltyPerDay for an injunction, the periodic penalty per day of delay (optional)
     * @param complianceOn  for an injunction, the day to comply by
     */
    public record MeasureForm(
            String type, String description, BigDecimal fine, BigDecimal penaltyPerDay, LocalDate complianceOn) {}

    List<Measure> measureList() {
        return measures.stream().map(DecisionForm::measure).toList();
    }

    private static Measure measure(MeasureForm m) {
        MeasureType type;
        try {
            type = MeasureType.valueOf(m.type() == null ? "" : m.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SanctionsException.onField("measures", "measure.type.invalid", m.type());
        }
        return switch (type) {
            case CALL_TO_ORDER -> Measure.callToOrder(m.description());
            case INJUNCTION ->
                Measure.injunction(
                        m.description(),
                        m.complianceOn(),
                        m.penaltyPerDay() == null ? null : Money.of(m.penaltyPerDay(), "EUR", "penaltyPerDay"));
            case LIMITATION -> Measure.limitation(m.description());
            case SUSPENSION -> Measure.suspension(m.description());
            case FINE -> Measure.fine(m.fine() == null ? null : Money.of(m.fine(), "EUR", "fine"));
        };
    }
}
