package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fine calculation assistant: follows the method of the EDPB Guidelines 04/2022 on the
 * calculation of administrative fines under the GDPR (version 2.1, 24 May 2023) and proposes a
 * range, every step shown with its amounts:
 * <ol>
 * <li>the infringements and their category, Art. 83(4) or 83(5)/(6); several infringements in the
 * same or linked processing operations are capped by the gravest (Art. 83(3));</li>
 * <li>the starting point, a share of the applicable legal maximum set by the seriousness (low
 * 0–10 %, medium 10–20 %, high 20–100 %), then adjusted to the size of the undertaking by
 * turnover bands ({@link TurnoverBands}, § 65);</li>
 * <li>the aggravating and mitigating circumstances of Art. 83(2), each with a reason and a
 * percentage, applied one after the other;</li>
 * <li>the legal maximum: no bound above the procedure's cap ({@link FineCaps});</li>
 * <li>effectiveness, proportionality and dissuasiveness: the committee's recorded judgement,
 * which may move the range, never above the cap.</li>
 * </ol>
 * Each amount is rounded half-up to the cent and the next step starts from the rounded amount,
 * so the steps shown can be redone by hand. The assistant proposes; the committee decides.
 */
public final class FineAssistant {
    static final String GUIDELINES = "EDPB Guidelines 04/2022 v2.1";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TurnoverBands bands;

    public FineAssistant(TurnoverBands bands) {
        this.bands = Objects.requireNonNull(bands, "bands");
    }

    /** With the bands of the guidelines ({@link TurnoverBands#defaults()}). */
    public static FineAssistant withDefaultBands() {
        return new FineAssistant(TurnoverBands.defaults());
    }

    public TurnoverBands bands() {
        return bands;
    }

    /**
     * The proposed range and its steps.
     *
     * @throws FineRuleException on the field of a wrong input: {@code procedure},
     *                           {@code infringements}, {@code seriousness}, {@code startingShare},
     *                           {@code circumstances[i].circumstance|percent|reason},
     *                           {@code judgement.reasons|percent}
     */
    public FineProposal propose(FineCalculation calculation) {
        Objects.requireNonNull(calculation, "calculation");
        FineCaps caps = FineCaps.forCase(calculation.procedure(), calculation.infringements(), calculation.turnover());
        PercentRange startingShare = startingShare(calculation);
        checkCircumstances(calculation.circumstances());
        checkJudgement(calculation.judgement());

        Turnover turnover = caps.turnover();
        Infringement gravest = caps.gravest();
        Money legalMaximum = FineCaps.gdprMaximum(gravest, turnover);
        List<FineStep> steps = new ArrayList<>();

        FineRange range = FineRange.exactly(legalMaximum);
        steps.add(categorisation(caps, legalMaximum, range));

        range = range.times(startingShare.fromFraction(), startingShare.toFraction());
        steps.add(new FineStep(
                FineStep.Kind.SERIOUSNESS,
                "step.seriousness",
                List.of(
                        calculation.seriousness(),
                        startingShare.from(),
                        startingShare.to(),
                        range.low().amount(),
                        range.high().amount(),
                        legalMaximum.amount()),
                range,
                GUIDELINES + ", chapter 4.2",
                null));

        TurnoverBand band = bands.bandFor(turnover);
        range = range.times(band.share().fromFraction(), band.share().toFraction());
        steps.add(turnoverStep(turnover, band, range));

        if (calculation.circumstances().isEmpty()) {
            steps.add(new FineStep(
                    FineStep.Kind.CIRCUMSTANCE,
                    "step.circumstances.none",
                    List.of(range.low().amount(), range.high().amount()),
                    range,
                    "GDPR Art. 83(2); " + GUIDELINES + ", chapter 5",
                    null));
        }
        for (CircumstanceAdjustment adjustment : calculation.circumstances()) {
            range = range.times(factor(adjustment.percent()));
            String key = adjustment.isAggravating()
                    ? "step.circumstance.aggravating"
                    : adjustment.isMitigating() ? "step.circumstance.mitigating" : "step.circumstance.neutral";
            steps.add(new FineStep(
                    FineStep.Kind.CIRCUMSTANCE,
                    key,
                    List.of(
                            adjustment.circumstance(),
                            adjustment.circumstance().point(),
                            adjustment.percent().abs(),
                            adjustment.reason().strip(),
                            range.low().amount(),
                            range.high().amount()),
                    range,
                    "GDPR Art. 83(2)(" + adjustment.circumstance().point() + "); " + GUIDELINES + ", chapter 5",
                    adjustment.circumstance().isWeighedInSeriousness() ? "caution.weighedInSeriousness" : null));
        }

        Money cap = caps.fineCap();
        FineRange capped = range.cappedAt(cap);
        steps.add(new FineStep(
                FineStep.Kind.LEGAL_MAXIMUM,
                capped.equals(range) ? "step.legalMaximum.within" : "step.legalMaximum.capped",
                List.of(
                        cap.amount(),
                        caps.fineRule(),
                        capped.low().amount(),
                        capped.high().amount()),
                capped,
                caps.fineRule().source() + "; " + GUIDELINES + ", chapter 6",
                null));
        range = capped;

        FinalJudgement judgement = calculation.judgement();
        if (judgement == null) {
            steps.add(new FineStep(
                    FineStep.Kind.JUDGEMENT,
                    "step.judgement.pending",
                    List.of(range.low().amount(), range.high().amount()),
                    range,
                    "GDPR Art. 83(1); " + GUIDELINES + ", chapter 7",
                    null));
        } else {
            FineRange moved = range.times(factor(judgement.adjustmentPercent()));
            FineRange kept = moved.cappedAt(cap);
            String key = judgement.adjustmentPercent().signum() == 0
                    ? "step.judgement.unchanged"
                    : kept.equals(moved) ? "step.judgement.adjusted" : "step.judgement.adjustedCapped";
            steps.add(new FineStep(
                    FineStep.Kind.JUDGEMENT,
                    key,
                    List.of(
                            judgement.reasons().strip(),
                            judgement.adjustmentPercent(),
                            kept.low().amount(),
                            kept.high().amount(),
                            cap.amount()),
                    kept,
                    "GDPR Art. 83(1); " + GUIDELINES + ", chapter 7",
                    null));
            range = kept;
        }
        return new FineProposal(caps, legalMaximum, steps, range, judgement != null);
    }

    private static FineStep categorisation(FineCaps caps, Money legalMaximum, FineRange range) {
        Infringement gravest = caps.gravest();
        String articles = caps.infringements().stream()
                .map(Infringement::article)
                .distinct()
                .collect(Collectors.joining(", "));
        boolean several = caps.infringements().size() > 1;
        return new FineStep(
                FineStep.Kind.CATEGORISATION,
                several ? "step.categorisation.several" : "step.categorisation.one",
                List.of(
                        articles,
                        gravest.article(),
                        legalMaximum.amount(),
                        FineCaps.fixedAmountOf(gravest).amount(),
                        FineCaps.percentOf(gravest),
                        caps.turnover().amountOrZero().amount()),
                range,
                (several ? "GDPR Art. 83(3), " : "") + "GDPR Art. " + gravest.article() + "; " + GUIDELINES
                        + ", chapters 3 and 4.1",
                caps.turnover().isKnown() ? null : "caution.turnoverUnknown");
    }

    private FineStep turnoverStep(Turnover turnover, TurnoverBand band, FineRange range) {
        String key;
        if (!turnover.isKnown()) {
            key = "step.turnover.unknown";
        } else if (band.isOpen()) {
            key = "step.turnover.top";
        } else if (band.isFirst()) {
            key = "step.turnover.first";
        } else {
            key = "step.turnover.band";
        }
        BigDecimal upTo = band.upperBound().map(Money::amount).orElse(BigDecimal.ZERO);
        return new FineStep(
                FineStep.Kind.TURNOVER,
                key,
                List.of(
                        turnover.amountOrZero().amount(),
                        band.above().amount(),
                        upTo,
                        band.share().from(),
                        band.share().to(),
                        range.low().amount(),
                        range.high().amount()),
                range,
                bands.source(),
                null);
    }

    private static PercentRange startingShare(FineCalculation calculation) {
        Seriousness seriousness = calculation.seriousness();
        if (seriousness == null) {
            throw FineRuleException.onField("seriousness", "assistant.seriousness.required");
        }
        PercentRange chosen = calculation.startingShare();
        if (chosen == null) {
            return seriousness.startingShare();
        }
        if (!seriousness.startingShare().contains(chosen)) {
            throw FineRuleException.onField(
                    "startingShare",
                    "assistant.startingShare.outsideBand",
                    chosen.from(),
                    chosen.to(),
                    seriousness,
                    seriousness.startingShare().from(),
                    seriousness.startingShare().to());
        }
        return chosen;
    }

    private static void checkCircumstances(List<CircumstanceAdjustment> circumstances) {
        Set<Circumstance> seen = EnumSet.noneOf(Circumstance.class);
        for (int i = 0; i < circumstances.size(); i++) {
            CircumstanceAdjustment adjustment = circumstances.get(i);
            String field = "circumstances[" + i + "]";
            if (adjustment == null || adjustment.circumstance() == null) {
                throw FineRuleException.onField(field + ".circumstance", "assistant.circumstance.required");
            }
            if (!seen.add(adjustment.circumstance())) {
                throw FineRuleException.onField(
                        field + ".circumstance",
                        "assistant.circumstance.duplicate",
                        adjustment.circumstance(),
                        adjustment.circumstance().point());
            }
            if (!isAdjustment(adjustment.percent())) {
                throw FineRuleException.onField(
                        field + ".percent", "assistant.circumstance.percent.range", adjustment.percent());
            }
            if (adjustment.reason() == null || adjustment.reason().isBlank()) {
                throw FineRuleException.onField(
                        field + ".reason",
                        "assistant.circumstance.reason.required",
                        adjustment.circumstance(),
                        adjustment.circumstance().point());
            }
        }
    }

    private static void checkJudgement(FinalJudgement judgement) {
        if (judgement == null) {
            return;
        }
        if (judgement.reasons() == null || judgement.reasons().isBlank()) {
            throw FineRuleException.onField("judgement.reasons", "assistant.judgement.reasons.required");
        }
        if (!isAdjustment(judgement.adjustmentPercent())) {
            throw FineRuleException.onField(
                    "judgement.percent", "assistant.judgement.percent.range", judgement.adjustmentPercent());
        }
    }

    /** From -100 % (down to nothing) to +100 % (doubled). */
    private static boolean isAdjustment(BigDecimal percent) {
        return percent != null && percent.compareTo(HUNDRED.negate()) >= 0 && percent.compareTo(HUNDRED) <= 0;
    }

    private static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.movePointLeft(2));
    }
}
