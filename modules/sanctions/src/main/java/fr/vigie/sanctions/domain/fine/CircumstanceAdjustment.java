package fr.vigie.sanctions.domain.fine;

import java.math.BigDecimal;

/**
 * One Art. 83(2) circumstance weighed by the committee: a positive percentage aggravates, a
 * negative one mitigates, zero records that it was considered and found neutral; the reason
 * says why. Checked by {@link FineAssistant#propose(FineCalculation)} (reason required,
 * percentage from -100 to +100).
 */
public record CircumstanceAdjustment(Circumstance circumstance, BigDecimal percent, String reason) {

    public static CircumstanceAdjustment aggravating(Circumstance circumstance, String percent, String reason) {
        return new CircumstanceAdjustment(circumstance, new BigDecimal(percent), reason);
    }

    public static CircumstanceAdjustment mitigating(Circumstance circumstance, String percent, String reason) {
        return new CircumstanceAdjustment(circumstance, new BigDecimal(percent).negate(), reason);
    }

    public boolean isAggravating() {
        return percent != null && percent.signum() > 0;
    }

    public boolean isMitigating() {
        return percent != null && percent.signum() < 0;
    }
}
