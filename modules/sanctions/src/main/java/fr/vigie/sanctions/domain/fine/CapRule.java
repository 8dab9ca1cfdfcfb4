package fr.vigie.sanctions.domain.fine;

/**
 * Each lawful limit on a sanction's amounts, named after its source. A broken limit is reported
 * on its input field ({@link #field()}) with its message key ({@link #refusalKey()}).
 */
public enum CapRule {
    /** GDPR Art. 83(4): €10M or 2 %; Art. 83(5) and 83(6): €20M or 4 % of worldwide annual turnover, the higher. */
    GDPR_ART_83_4_TO_6(FineCaps.FINE, "fine.cap.exceeded", "GDPR Art. 83(4) to 83(6)"),
    /** GDPR Art. 83(3): several infringements, same or linked processing: the total within the gravest one's cap. */
    GDPR_ART_83_3(FineCaps.FINE, "fine.cap.exceeded.several", "GDPR Art. 83(3)"),
    /** Loi 78-17 art. 22-1: in the simplified procedure a fine is at most €20,000. */
    LOI_78_17_ART_22_1_FINE(FineCaps.FINE, "fine.cap.exceeded.simplified", "loi 78-17 art. 22-1"),
    /** Loi 78-17 art. 20, III: an injunction's periodic penalty is at most €100,000 per day of delay. */
    LOI_78_17_ART_20_PENALTY(FineCaps.PENALTY_PER_DAY, "penalty.cap.exceeded", "loi 78-17 art. 20, III"),
    /** Loi 78-17 art. 22-1: in the simplified procedure a periodic penalty is at most €100 per day. */
    LOI_78_17_ART_22_1_PENALTY(FineCaps.PENALTY_PER_DAY, "penalty.cap.exceeded.simplified", "loi 78-17 art. 22-1");

    private final String field;
    private final String refusalKey;
    private final String source;

    CapRule(String field, String refusalKey, String source) {
        this.field = field;
        this.refusalKey = refusalKey;
        this.source = source;
    }

    /** The input field a breach is reported on: {@code fine} or {@code penaltyPerDay}. */
    public String field() {
        return field;
    }

    /** The message key of a breach in the bundle {@value FineRuleException#BUNDLE}. */
    public String refusalKey() {
        return refusalKey;
    }

    /** The legal source, in English, for logs and documentation. */
    public String source() {
        return source;
    }
}
