package fr.vigie.sanctions.domain.fine;

import java.math.BigDecimal;

/**
 * Step 5 of the EDPB method: the committee's judgement that the fine is effective, proportionate
 * and dissuasive (GDPR Art. 83(1); EDPB Guidelines 04/2022, chapter 7), with its reasons and, when
 * the range must move for that (an inability to pay, a fine too light to deter), the percentage
 * it moves by. Never above the legal maximum.
 */
public record FinalJudgement(String reasons, BigDecimal adjustmentPercent) {

    /** The range found effective, proportionate and dissuasive as it stands. */
    public static FinalJudgement unchanged(String reasons) {
        return new FinalJudgement(reasons, BigDecimal.ZERO);
    }

    public static FinalJudgement adjusted(String reasons, String percent) {
        return new FinalJudgement(reasons, new BigDecimal(percent));
    }
}
