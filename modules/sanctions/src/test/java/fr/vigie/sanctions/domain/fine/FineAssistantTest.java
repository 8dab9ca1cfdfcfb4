package fr.vigie.sanctions.domain.fine;

import static fr.vigie.sanctions.domain.fine.Circumstance.COOPERATION;
import static fr.vigie.sanctions.domain.fine.Circumstance.DAMAGE_MITIGATION;
import static fr.vigie.sanctions.domain.fine.Circumstance.INTENT_OR_NEGLIGENCE;
import static fr.vigie.sanctions.domain.fine.Circumstance.PREVIOUS_INFRINGEMENTS;
import static fr.vigie.sanctions.domain.fine.FineProcedure.ORDINARY;
import static fr.vigie.sanctions.domain.fine.FineProcedure.SIMPLIFIED;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.CATEGORISATION;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.CIRCUMSTANCE;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.JUDGEMENT;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.LEGAL_MAXIMUM;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.SERIOUSNESS;
import static fr.vigie.sanctions.domain.fine.FineStep.Kind.TURNOVER;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_4;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_5;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_6;
import static fr.vigie.sanctions.domain.fine.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FineAssistantTest {

    private final FineAssistant assistant = FineAssistant.withDefaultBands();

    private static Turnover turnover(String euros) {
        return Turnover.euros(new BigDecimal(euros), Year.of(2025));
    }

    private static FineRange range(String low, String high) {
        return new FineRange(Money.euros(new BigDecimal(low)), Money.euros(new BigDecimal(high)));
    }

    /** French numbers use no-break spaces as thousands separators: compare with plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /**
     * The worked example of docs/sanctions-fines.md: an undertaking (a group) with a turnover of
     * €80M processes data without a legal basis (Art. 83(5)) and secures it badly (Art. 83(4)),
     * in linked operations.
     */
    @Nested
    class WorkedExample {
        private final FineProposal proposal = assistant.propose(FineCalculation.of(
                        ORDINARY, List.of(ART_83_4, ART_83_5), turnover("80000000"), Seriousness.MEDIUM)
                .with(CircumstanceAdjustment.aggravating(
                        PREVIOUS_INFRINGEMENTS, "10", "reprimand of 2024 for the same practice"))
                .with(CircumstanceAdjustment.mitigating(COOPERATION, "5", "answered beyond its legal obligations"))
                .with(CircumstanceAdjustment.mitigating(
                        DAMAGE_MITIGATION, "10", "informed every person affected within a week"))
                .withJudgement(FinalJudgement.unchanged("deters a group of this size without endangering it")));

        @Test
        void proposesARangeNotAnAmount() {
            assertEquals(range("150480.00", "752400.00"), proposal.range());
            assertTrue(proposal.judgementRecorded());
            assertEquals(Money.euros(20_000_000), proposal.legalMaximum());
            assertEquals(Money.euros(20_000_000), proposal.cap());
        }

        @Test
        void showsEveryStepInTheOrderOfTheGuidelines() {
            assertEquals(
                    List.of(
                            CATEGORISATION,
                            SERIOUSNESS,
                            TURNOVER,
                            CIRCUMSTANCE,
                            CIRCUMSTANCE,
                            CIRCUMSTANCE,
                            LEGAL_MAXIMUM,
                            JUDGEMENT),
                    proposal.steps().stream().map(FineStep::kind).toList());
            assertEquals(
                    List.of(1, 2, 2, 3, 3, 3, 4, 5),
                    proposal.steps().stream().map(FineStep::number).toList());
            assertEquals(
                    List.of(
                            range("20000000.00", "20000000.00"),
                            range("2000000.00", "4000000.00"),
                            range("160000.00", "800000.00"),
                            range("176000.00", "880000.00"),
                            range("167200.00", "836000.00"),
                            range("150480.00", "752400.00"),
                            range("150480.00", "752400.00"),
                            range("150480.00", "752400.00")),
                    proposal.steps().stream().map(FineStep::range).toList());
        }

        @Test
        void explainsEachStepInEnglish() {
            assertEquals("""
                    1. Infringements under GDPR Articles 83(4), 83(5), in the same or linked processing operations: the total may not exceed the cap of the gravest (Article 83(3)), that of Article 83(5): legal maximum of €20,000,000.00 (the higher of €20,000,000 and 4 % of the worldwide annual turnover of €80,000,000.00).
                    2. medium seriousness: starting point between 10 % and 20 % of the legal maximum of €20,000,000.00, that is €2,000,000.00 to €4,000,000.00.
                    2. Worldwide annual turnover of €80,000,000.00 (above €50,000,000 up to €100,000,000): the calculation continues from 8 % to 20 % of the starting point, that is €160,000.00 to €800,000.00.
                    3. Aggravating circumstance "relevant previous infringements" (Article 83(2)(e)): +10 % (reprimand of 2024 for the same practice), that is €176,000.00 to €880,000.00.
                    3. Mitigating circumstance "degree of cooperation with the authority" (Article 83(2)(f)): -5 % (answered beyond its legal obligations), that is €167,200.00 to €836,000.00.
                    3. Mitigating circumstance "action taken to mitigate the damage" (Article 83(2)(c)): -10 % (informed every person affected within a week), that is €150,480.00 to €752,400.00.
                    4. The range stays under the cap of €20,000,000.00 (GDPR Article 83(3)): €150,480.00 to €752,400.00.
                    5. The fine is found effective, proportionate and dissuasive (deters a group of this size without endangering it): €150,480.00 to €752,400.00.""", proposal.explanation(Locale.ENGLISH));
        }

        @Test
        void explainsEachStepInFrench() {
            String french = plain(proposal.explanation(Locale.FRENCH));
            assertTrue(
                    french.contains(
                            "2. Gravité moyenne : point de départ entre 10 % et 20 % du maximum légal de 20 000 000,00 €, "
                                    + "soit de 2 000 000,00 € à 4 000 000,00 €."),
                    french);
            assertTrue(
                    french.contains(
                            "3. Circonstance atténuante « degré de coopération avec l'autorité » (article 83, paragraphe 2, point f) : "
                                    + "-5 % (answered beyond its legal obligations), soit de 167 200,00 € à 836 000,00 €."),
                    french);
        }

        @Test
        void eachStepNamesItsSource() {
            assertEquals(
                    "GDPR Art. 83(3), GDPR Art. 83(5); EDPB Guidelines 04/2022 v2.1, chapters 3 and 4.1",
                    proposal.steps().get(0).source());
            assertEquals(
                    "EDPB Guidelines 04/2022 v2.1, para. 65",
                    proposal.steps(TURNOVER).get(0).source());
            assertEquals(
                    "GDPR Art. 83(2)(e); EDPB Guidelines 04/2022 v2.1, chapter 5",
                    proposal.steps(CIRCUMSTANCE).get(0).source());
        }

        @Test
        void theCommitteeDecidesAndItsFineIsCheckedByTheCaps() {
            assertTrue(proposal.caps().check(Money.euros(400_000), null).isAccepted());
            assertTrue(proposal.range().contains(Money.euros(400_000)));
            assertFalse(proposal.caps().check(Money.euros(20_000_001), null).isAccepted());
        }
    }

    @Nested
    class Step1Categorisation {

        @Test
        void oneInfringementTakesTheMaximumOfItsArticle() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_4), turnover("800000000"), Seriousness.LOW));
            FineStep step = proposal.steps(CATEGORISATION).get(0);
            assertEquals("step.categorisation.one", step.key());
            assertEquals(range("16000000.00", "16000000.00"), step.range());
            assertEquals(Optional.empty(), step.caution(Locale.ENGLISH));
        }

        @Test
        void anUnknownTurnoverIsFlagged() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_6), Turnover.unknown(), Seriousness.MEDIUM)
                            .withStartingShare(PercentRange.of("15", "15")));
            assertEquals(
                    "caution.turnoverUnknown",
                    proposal.steps(CATEGORISATION).get(0).cautionKey());
            assertEquals(
                    "step.turnover.unknown", proposal.steps(TURNOVER).get(0).key());
            assertEquals(range("6000.00", "12000.00"), proposal.range());
        }

        @Test
        void aCalculationNeedsAtLeastOneInfringement() {
            refused(
                    "infringements",
                    "fine.infringements.required",
                    () -> assistant.propose(
                            FineCalculation.of(ORDINARY, List.of(), Turnover.unknown(), Seriousness.LOW)));
        }
    }

    @Nested
    class Step2StartingPoint {

        @Test
        void theSeriousnessSetsAShareOfTheLegalMaximum() {
            assertEquals(PercentRange.of("0", "10"), Seriousness.LOW.startingShare());
            assertEquals(PercentRange.of("10", "20"), Seriousness.MEDIUM.startingShare());
            assertEquals(PercentRange.of("20", "100"), Seriousness.HIGH.startingShare());
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_5), turnover("1000000000"), Seriousness.HIGH));
            assertEquals(
                    range("8000000.00", "40000000.00"),
                    proposal.steps(SERIOUSNESS).get(0).range());
        }

        @Test
        void theCommitteeMayNarrowTheShareWithinTheBand() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_5), turnover("1000000000"), Seriousness.HIGH)
                            .withStartingShare(PercentRange.of("30", "40")));
            assertEquals(
                    range("12000000.00", "16000000.00"),
                    proposal.steps(SERIOUSNESS).get(0).range());
        }

        @Test
        void aShareOutsideTheBandIsRefusedOnTheShare() {
            FineRuleException refusal = refused(
                    "startingShare",
                    "assistant.startingShare.outsideBand",
                    () -> assistant.propose(
                            FineCalculation.of(ORDINARY, List.of(ART_83_5), Turnover.unknown(), Seriousness.MEDIUM)
                                    .withStartingShare(PercentRange.of("5", "15"))));
            assertEquals(
                    "The share of 5 % to 15 % of the legal maximum is outside the band of a medium seriousness (10 % to 20 %).",
                    refusal.getMessage());
        }

        @Test
        void theSeriousnessIsRequired() {
            refused(
                    "seriousness",
                    "assistant.seriousness.required",
                    () -> assistant.propose(FineCalculation.of(ORDINARY, List.of(ART_83_5), Turnover.unknown(), null)));
        }

        @Test
        void aTypedRangeIsRefusedOnItsField() {
            refused(
                    "startingShare",
                    "assistant.percentRange.invalid",
                    () -> PercentRange.typed(new BigDecimal("20"), new BigDecimal("10"), "startingShare"));
            refused(
                    "startingShare",
                    "assistant.percentRange.invalid",
                    () -> PercentRange.typed(new BigDecimal("20"), new BigDecimal("101"), "startingShare"));
            refused(
                    "startingShare",
                    "assistant.percentRange.invalid",
                    () -> PercentRange.typed(null, BigDecimal.TEN, "startingShare"));
            assertEquals(
                    PercentRange.of("10", "12"),
                    PercentRange.typed(BigDecimal.TEN, new BigDecimal("12"), "startingShare"));
        }

        @Test
        void theTurnoverBandAdjustsToTheSizeOfTheUndertaking() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_4), turnover("3000000"), Seriousness.LOW)
                            .withStartingShare(PercentRange.of("5", "10")));
            FineStep step = proposal.steps(TURNOVER).get(0);
            assertEquals("step.turnover.band", step.key());
            assertEquals(range("1500.00", "20000.00"), step.range());
            assertEquals(
                    "Worldwide annual turnover of €3,000,000.00 (above €2,000,000 up to €10,000,000): the calculation continues "
                            + "from 0.3 % to 2 % of the starting point, that is €1,500.00 to €20,000.00.",
                    step.text(Locale.ENGLISH));
        }

        @Test
        void aLargeUndertakingKeepsTheWholeStartingPoint() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_5), turnover("1000000000"), Seriousness.LOW));
            FineStep step = proposal.steps(TURNOVER).get(0);
            assertEquals("step.turnover.top", step.key());
            assertEquals(proposal.steps(SERIOUSNESS).get(0).range(), step.range());
        }

        @Test
        void theSmallestUndertakingsAreInTheFirstBand() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(ORDINARY, List.of(ART_83_5), turnover("1500000"), Seriousness.LOW));
            assertEquals("step.turnover.first", proposal.steps(TURNOVER).get(0).key());
            assertEquals(range("0.00", "8000.00"), proposal.range());
        }

        @Test
        void aConfiguredTableIsUsed() {
            TurnoverBand single = new TurnoverBand(Money.euros(0), null, PercentRange.of("50", "50"));
            TurnoverBands own = TurnoverBands.from(properties(), "own");
            FineProposal proposal = new FineAssistant(own)
                    .propose(FineCalculation.of(ORDINARY, List.of(ART_83_5), turnover("1500000"), Seriousness.MEDIUM));
            assertEquals(single, own.bands().get(0));
            assertEquals(range("1000000.00", "2000000.00"), proposal.range());
            assertEquals("own", proposal.steps(TURNOVER).get(0).source());
        }

        private java.util.Properties properties() {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("band.1.upTo", "");
            properties.setProperty("band.1.from", "50");
            properties.setProperty("band.1.to", "50");
            return properties;
        }
    }

    @Nested
    class Step3Circumstances {
        private final FineCalculation base = FineCalculation.of(
                        ORDINARY, List.of(ART_83_4), turnover("3000000"), Seriousness.LOW)
                .withStartingShare(PercentRange.of("0.1", "0.1"));

        @Test
        void noneWeighedIsShown() {
            FineProposal proposal = assistant.propose(base);
            assertEquals(
                    List.of("step.circumstances.none"),
                    proposal.steps(CIRCUMSTANCE).stream().map(FineStep::key).toList());
            assertEquals(range("30.00", "200.00"), proposal.range());
        }

        @Test
        void eachAppliesToTheRoundedAmountOfThePreviousStep() {
            FineProposal proposal = assistant.propose(base.with(
                    CircumstanceAdjustment.aggravating(PREVIOUS_INFRINGEMENTS, "33.333", "two earlier decisions")));
            // 30.00 x 1.33333 = 39.9999 -> 40.00; 200.00 x 1.33333 = 266.666 -> 266.67 (half-up)
            assertEquals(range("40.00", "266.67"), proposal.range());
        }

        @Test
        void aNeutralCircumstanceIsRecordedWithItsReason() {
            FineProposal proposal = assistant.propose(
                    base.with(new CircumstanceAdjustment(COOPERATION, BigDecimal.ZERO, "usual cooperation")));
            FineStep step = proposal.steps(CIRCUMSTANCE).get(0);
            assertEquals("step.circumstance.neutral", step.key());
            assertEquals(range("30.00", "200.00"), step.range());
            assertTrue(step.text(Locale.ENGLISH).contains("(usual cooperation)"));
        }

        @Test
        void aCircumstanceAlreadyWeighedInTheSeriousnessIsFlagged() {
            FineProposal proposal = assistant.propose(
                    base.with(CircumstanceAdjustment.aggravating(INTENT_OR_NEGLIGENCE, "20", "deliberate")));
            assertEquals(
                    "point (b) of Article 83(2) already weighs in the seriousness: take care not to count it twice.",
                    proposal.steps(CIRCUMSTANCE).get(0).caution(Locale.ENGLISH).orElseThrow());
        }

        @Test
        void aFullMitigationLeavesNothing() {
            FineProposal proposal = assistant.propose(
                    base.with(CircumstanceAdjustment.mitigating(DAMAGE_MITIGATION, "100", "repaired in full")));
            assertEquals(range("0.00", "0.00"), proposal.range());
        }

        @Test
        void eachCircumstanceNeedsAReasonOnItsOwnField() {
            FineRuleException refusal = refused(
                    "circumstances[1].reason",
                    "assistant.circumstance.reason.required",
                    () -> assistant.propose(base.with(CircumstanceAdjustment.aggravating(
                                    PREVIOUS_INFRINGEMENTS, "10", "earlier decision"))
                            .with(CircumstanceAdjustment.mitigating(COOPERATION, "5", "  "))));
            assertEquals(
                    "Give the reason for weighing the circumstance \"degree of cooperation with the authority\" (Article 83(2)(f)).",
                    refusal.getMessage());
        }

        @Test
        void aPercentageOutOfRangeIsRefused() {
            refused(
                    "circumstances[0].percent",
                    "assistant.circumstance.percent.range",
                    () -> assistant.propose(base.with(CircumstanceAdjustment.mitigating(COOPERATION, "101", "x"))));
            refused(
                    "circumstances[0].percent",
                    "assistant.circumstance.percent.range",
                    () -> assistant.propose(base.with(CircumstanceAdjustment.aggravating(COOPERATION, "100.01", "x"))));
            refused(
                    "circumstances[0].percent",
                    "assistant.circumstance.percent.range",
                    () -> assistant.propose(base.with(new CircumstanceAdjustment(COOPERATION, null, "x"))));
        }

        @Test
        void aCircumstanceCountsOnce() {
            refused(
                    "circumstances[1].circumstance",
                    "assistant.circumstance.duplicate",
                    () -> assistant.propose(base.with(CircumstanceAdjustment.aggravating(COOPERATION, "5", "a"))
                            .with(CircumstanceAdjustment.mitigating(COOPERATION, "5", "b"))));
            refused(
                    "circumstances[0].circumstance",
                    "assistant.circumstance.required",
                    () -> assistant.propose(base.with(new CircumstanceAdjustment(null, BigDecimal.ONE, "x"))));
        }
    }

    @Nested
    class Steps4And5 {
        private final FineCalculation large = FineCalculation.of(
                        ORDINARY, List.of(ART_83_4), turnover("10000000000"), Seriousness.HIGH)
                .with(CircumstanceAdjustment.aggravating(
                        INTENT_OR_NEGLIGENCE, "50", "deliberate, after a formal notice"));

        @Test
        void noBoundGoesAboveTheLegalMaximum() {
            FineProposal proposal = assistant.propose(large);
            assertEquals(
                    range("60000000.00", "300000000.00"),
                    proposal.steps(CIRCUMSTANCE).get(0).range());
            FineStep step = proposal.steps(LEGAL_MAXIMUM).get(0);
            assertEquals("step.legalMaximum.capped", step.key());
            assertEquals(range("60000000.00", "200000000.00"), step.range());
            assertEquals(
                    "The range is brought down to the cap of €200,000,000.00 (GDPR Article 83(4) to (6)): €60,000,000.00 to €200,000,000.00.",
                    step.text(Locale.ENGLISH));
        }

        @Test
        void theJudgementMayMoveTheRangeButNeverAboveTheCap() {
            FineProposal proposal = assistant.propose(
                    large.withJudgement(FinalJudgement.adjusted("a group of this size must be deterred", "10")));
            FineStep step = proposal.steps(JUDGEMENT).get(0);
            assertEquals("step.judgement.adjustedCapped", step.key());
            assertEquals(range("66000000.00", "200000000.00"), proposal.range());
            assertTrue(
                    step.text(Locale.ENGLISH).contains("adjusted by +10 %, within the cap of €200,000,000.00"),
                    step.text(Locale.ENGLISH));
        }

        @Test
        void theJudgementMayLowerTheRange() {
            FineProposal proposal = assistant.propose(
                    large.withJudgement(FinalJudgement.adjusted("inability to pay shown by the accounts", "-50")));
            assertEquals(
                    "step.judgement.adjusted", proposal.steps(JUDGEMENT).get(0).key());
            assertEquals(range("30000000.00", "100000000.00"), proposal.range());
        }

        @Test
        void withoutAJudgementTheProposalSaysStep5IsPending() {
            FineProposal proposal = assistant.propose(large);
            assertFalse(proposal.judgementRecorded());
            assertEquals(
                    "step.judgement.pending", proposal.steps(JUDGEMENT).get(0).key());
            assertEquals(range("60000000.00", "200000000.00"), proposal.range());
        }

        @Test
        void theJudgementNeedsReasonsAndAPercentageInRange() {
            refused(
                    "judgement.reasons",
                    "assistant.judgement.reasons.required",
                    () -> assistant.propose(large.withJudgement(FinalJudgement.unchanged(" "))));
            refused(
                    "judgement.percent",
                    "assistant.judgement.percent.range",
                    () -> assistant.propose(large.withJudgement(FinalJudgement.adjusted("why", "150"))));
        }

        @Test
        void theSimplifiedProcedureCapsAtTwentyThousand() {
            FineProposal proposal = assistant.propose(
                    FineCalculation.of(SIMPLIFIED, List.of(ART_83_5), turnover("30000000"), Seriousness.HIGH));
            // 20M x 20-100 % = 4M-20M; band 10M-50M: 1.5-10 % = 60,000-2,000,000; cap 20,000
            assertEquals(
                    range("60000.00", "2000000.00"),
                    proposal.steps(TURNOVER).get(0).range());
            FineStep step = proposal.steps(LEGAL_MAXIMUM).get(0);
            assertEquals(range("20000.00", "20000.00"), step.range());
            assertEquals(
                    "The range is brought down to the cap of €20,000.00 (simplified procedure, Article 22-1 of Law No. 78-17): "
                            + "€20,000.00 to €20,000.00.",
                    step.text(Locale.ENGLISH));
            assertEquals(Money.euros(20_000), proposal.cap());
            assertEquals(Money.euros(20_000_000), proposal.legalMaximum());
        }
    }
}
