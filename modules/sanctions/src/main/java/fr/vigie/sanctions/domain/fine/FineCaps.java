package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The lawful caps of a sanction's fine and periodic penalty: one rule, in one place, from its sources.
 * <ul>
 * <li>Ordinary procedure, GDPR Art. 83(4): at most €10,000,000 or, for an undertaking, 2 % of its
 * total worldwide annual turnover of the preceding financial year, whichever is higher;
 * Art. 83(5) and 83(6): €20,000,000 or 4 %. A turnover not known counts as none (the fixed
 * amount applies). Percentages are computed in euros and rounded half-up to the cent.</li>
 * <li>GDPR Art. 83(3): for several infringements in the same or linked processing operations,
 * the total fine never exceeds the cap of the gravest infringement.</li>
 * <li>Loi 78-17 art. 20, III: the periodic penalty (astreinte) of an injunction is at most
 * €100,000 per day of delay.</li>
 * <li>Simplified procedure, loi 78-17 art. 22-1: fine at most €20,000 and periodic penalty at most
 * €100 per day, whatever the turnover.</li>
 * </ul>
 * The turnover is the undertaking's (the group's, CJEU C-383/23): see {@link Turnover}.
 * Checked against every row of {@code fine-cases.csv} by {@code FineCasesVectorTest}.
 */
public final class FineCaps {
    /** The input field of the fine's amount. */
    public static final String FINE = "fine";
    /** The input field of the periodic penalty per day of delay. */
    public static final String PENALTY_PER_DAY = "penaltyPerDay";
    /** The input field of the infringements (articles) the fine punishes. */
    public static final String INFRINGEMENTS = "infringements";
    /** The input field of the procedure. */
    public static final String PROCEDURE = "procedure";

    /** GDPR Art. 83(4): the fixed amount. */
    public static final Money ART_83_4_FIXED = Money.euros(10_000_000);
    /** GDPR Art. 83(4): the share of worldwide annual turnover, in percent. */
    public static final BigDecimal ART_83_4_PERCENT = BigDecimal.valueOf(2);
    /** GDPR Art. 83(5) and 83(6): the fixed amount. */
    public static final Money ART_83_5_6_FIXED = Money.euros(20_000_000);
    /** GDPR Art. 83(5) and 83(6): the share of worldwide annual turnover, in percent. */
    public static final BigDecimal ART_83_5_6_PERCENT = BigDecimal.valueOf(4);
    /** Loi 78-17 art. 20, III: periodic penalty per day of delay, ordinary procedure. */
    public static final Money ORDINARY_PENALTY_PER_DAY = Money.euros(100_000);
    /** Loi 78-17 art. 22-1: fine, simplified procedure. */
    public static final Money SIMPLIFIED_FINE = Money.euros(20_000);
    /** Loi 78-17 art. 22-1: periodic penalty per day of delay, simplified procedure. */
    public static final Money SIMPLIFIED_PENALTY_PER_DAY = Money.euros(100);

    private static final String ART_22_1 = "22-1";
    private static final String ART_20 = "20";

    private final FineProcedure procedure;
    private final List<Infringement> infringements;
    private final Infringement gravest;
    private final Turnover turnover;
    private final Money fineCap;

    private FineCaps(FineProcedure procedure, List<Infringement> infringements, Turnover turnover) {
        this.procedure = procedure;
        this.infringements = infringements;
        this.gravest = Infringement.gravest(infringements, INFRINGEMENTS);
        this.turnover = turnover;
        this.fineCap = procedure == FineProcedure.SIMPLIFIED ? SIMPLIFIED_FINE : gdprMaximum(gravest, turnover);
    }

    /**
     * The caps of one sanction: its procedure, the infringements the fine punishes (several ones
     * are taken as the same or linked processing operations, Art. 83(3)) and the undertaking's
     * turnover of the preceding financial year ({@link Turnover#unknown()} when not known).
     *
     * @throws FineRuleException {@code fine.procedure.unknown} on {@code procedure} when null,
     *                           {@code fine.infringements.required} on {@code infringements} when empty
     */
    public static FineCaps forCase(FineProcedure procedure, Collection<Infringement> infringements, Turnover turnover) {
        if (procedure == null) {
            throw FineRuleException.onField(PROCEDURE, "fine.procedure.unknown", "");
        }
        if (infringements == null
                || infringements.isEmpty()
                || infringements.stream().anyMatch(Objects::isNull)) {
            throw FineRuleException.onField(INFRINGEMENTS, "fine.infringements.required");
        }
        return new FineCaps(procedure, List.copyOf(infringements), turnover == null ? Turnover.unknown() : turnover);
    }

    /**
     * The legal maximum of GDPR Art. 83(4) to (6) for one infringement: the fixed amount or the
     * share of turnover, whichever is higher. It is also the base of the EDPB starting points.
     */
    public static Money gdprMaximum(Infringement infringement, Turnover turnover) {
        Objects.requireNonNull(infringement, "infringement");
        Money fixed = infringement.isUpperTier() ? ART_83_5_6_FIXED : ART_83_4_FIXED;
        Money share = (turnover == null ? Turnover.unknown() : turnover).percent(percentOf(infringement));
        return share.isGreaterThan(fixed) ? share : fixed;
    }

    /** 2 for Art. 83(4), 4 for Art. 83(5) and 83(6). */
    public static BigDecimal percentOf(Infringement infringement) {
        return infringement.isUpperTier() ? ART_83_5_6_PERCENT : ART_83_4_PERCENT;
    }

    /** The fixed amount of the article: €10M for Art. 83(4), €20M for Art. 83(5) and 83(6). */
    public static Money fixedAmountOf(Infringement infringement) {
        return infringement.isUpperTier() ? ART_83_5_6_FIXED : ART_83_4_FIXED;
    }

    public FineProcedure procedure() {
        return procedure;
    }

    public List<Infringement> infringements() {
        return infringements;
    }

    /** The infringement whose cap applies (Art. 83(3)). */
    public Infringement gravest() {
        return gravest;
    }

    public Turnover turnover() {
        return turnover;
    }

    /** The highest lawful fine (for several infringements: their total). */
    public Money fineCap() {
        return fineCap;
    }

    /** The highest lawful periodic penalty per day of delay. */
    public Money penaltyPerDayCap() {
        return procedure == FineProcedure.SIMPLIFIED ? SIMPLIFIED_PENALTY_PER_DAY : ORDINARY_PENALTY_PER_DAY;
    }

    /** The rule that sets the fine's cap here. */
    public CapRule fineRule() {
        if (procedure == FineProcedure.SIMPLIFIED) {
            return CapRule.LOI_78_17_ART_22_1_FINE;
        }
        return infringements.size() > 1 ? CapRule.GDPR_ART_83_3 : CapRule.GDPR_ART_83_4_TO_6;
    }

    /** The rule that sets the periodic penalty's cap here. */
    public CapRule penaltyRule() {
        return procedure == FineProcedure.SIMPLIFIED
                ? CapRule.LOI_78_17_ART_22_1_PENALTY
                : CapRule.LOI_78_17_ART_20_PENALTY;
    }

    /**
     * Checks a fine and a periodic penalty against their caps. Either may be null: no fine
     * (an injunction alone), no periodic penalty.
     *
     * @throws FineRuleException {@code amount.negative} or {@code amount.currency} on the field
     *                           of an amount that is not a number of euros at least zero
     */
    public FineVerdict check(Money fine, Money penaltyPerDay) {
        requireEurosNotNegative(fine, FINE);
        requireEurosNotNegative(penaltyPerDay, PENALTY_PER_DAY);
        List<CapBreach> breaches = new ArrayList<>(2);
        if (fine != null && fine.isGreaterThan(fineCap)) {
            breaches.add(fineBreach(fine));
        }
        Money penaltyCap = penaltyPerDayCap();
        if (penaltyPerDay != null && penaltyPerDay.isGreaterThan(penaltyCap)) {
            breaches.add(new CapBreach(
                    penaltyRule(),
                    procedure == FineProcedure.SIMPLIFIED ? ART_22_1 : ART_20,
                    penaltyPerDay,
                    penaltyCap,
                    penaltyCap,
                    BigDecimal.ZERO));
        }
        return FineVerdict.of(fineCap, penaltyCap, breaches);
    }

    /**
     * For services: refuses a fine or a periodic penalty over its cap.
     *
     * @throws FineRuleException on {@code fine} or {@code penaltyPerDay}, naming the article
     */
    public void enforce(Money fine, Money penaltyPerDay) {
        check(fine, penaltyPerDay).orThrow();
    }

    /**
     * The fine's cap and where it comes from, in the reader's language, for the decision form to
     * show beside the amount before anyone types it.
     */
    public String fineCapText(Locale locale) {
        String key =
                switch (fineRule()) {
                    case LOI_78_17_ART_22_1_FINE -> "cap.fine.simplified";
                    case GDPR_ART_83_3 -> turnover.isKnown() ? "cap.fine.several" : "cap.fine.several.noTurnover";
                    default -> turnover.isKnown() ? "cap.fine" : "cap.fine.noTurnover";
                };
        return FineTexts.format(
                key,
                locale,
                fineCap.amount(),
                gravest.article(),
                fixedAmountOf(gravest).amount(),
                percentOf(gravest),
                turnover.amountOrZero().amount());
    }

    /** The periodic penalty's cap and where it comes from, in the reader's language. */
    public String penaltyCapText(Locale locale) {
        return FineTexts.format(
                procedure == FineProcedure.SIMPLIFIED ? "cap.penalty.simplified" : "cap.penalty",
                locale,
                penaltyPerDayCap().amount());
    }

    private CapBreach fineBreach(Money fine) {
        if (procedure == FineProcedure.SIMPLIFIED) {
            return new CapBreach(
                    CapRule.LOI_78_17_ART_22_1_FINE, ART_22_1, fine, fineCap, SIMPLIFIED_FINE, BigDecimal.ZERO);
        }
        return new CapBreach(fineRule(), gravest.article(), fine, fineCap, fixedAmountOf(gravest), percentOf(gravest));
    }

    private static void requireEurosNotNegative(Money amount, String field) {
        if (amount == null) {
            return;
        }
        if (!Money.EURO.equals(amount.currency())) {
            throw FineRuleException.onField(field, "amount.currency", amount.currency());
        }
        if (amount.amount().signum() < 0) {
            throw FineRuleException.onField(field, "amount.negative", amount.amount());
        }
    }

    @Override
    public String toString() {
        return procedure + " "
                + infringements.stream().map(Infringement::article).toList() + ", " + turnover
                + ": fine at most " + fineCap + " (" + fineRule().source() + "), penalty at most "
                + penaltyPerDayCap() + " a day (" + penaltyRule().source() + ")";
    }
}
