package fr.vigie.sanctions.domain.fine;

import static fr.vigie.sanctions.domain.fine.FineProcedure.ORDINARY;
import static fr.vigie.sanctions.domain.fine.FineProcedure.SIMPLIFIED;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_4;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_5;
import static fr.vigie.sanctions.domain.fine.Infringement.ART_83_6;
import static fr.vigie.sanctions.domain.fine.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FineCapsTest {

    private static Turnover turnover(String euros) {
        return Turnover.euros(new BigDecimal(euros), Year.of(2025));
    }

    private static Money euros(String amount) {
        return Money.euros(new BigDecimal(amount));
    }

    @Nested
    class OrdinaryProcedure {

        @Test
        void article83Paragraph4IsTenMillionOrTwoPercentWhicheverIsHigher() {
            assertEquals(
                    euros("10000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("400000000"))
                            .fineCap());
            assertEquals(
                    euros("10000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("500000000"))
                            .fineCap());
            assertEquals(
                    euros("10000000.02"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("500000001"))
                            .fineCap());
            assertEquals(
                    euros("12000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("600000000"))
                            .fineCap());
        }

        @Test
        void articles83Paragraphs5And6AreTwentyMillionOrFourPercent() {
            assertEquals(
                    euros("20000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("300000000"))
                            .fineCap());
            assertEquals(
                    euros("40000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("1000000000"))
                            .fineCap());
            assertEquals(
                    euros("100000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_6), turnover("2500000000"))
                            .fineCap());
        }

        @Test
        void anUnknownOrZeroTurnoverLeavesTheFixedAmount() {
            assertEquals(
                    euros("20000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_5), Turnover.unknown())
                            .fineCap());
            assertEquals(
                    euros("20000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_5), null).fineCap());
            assertEquals(
                    euros("10000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("0")).fineCap());
        }

        @Test
        void theShareOfTurnoverIsRoundedHalfUpToTheCent() {
            FineCaps caps = FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("1234567891"));
            assertEquals(euros("24691357.82"), caps.fineCap());
            assertTrue(caps.check(euros("24691357.82"), null).isAccepted());
            assertFalse(caps.check(euros("24691357.83"), null).isAccepted());
            assertEquals(
                    euros("24691357.83"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4), turnover("1234567891.25"))
                            .fineCap());
            assertEquals(
                    euros("49382715.65"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("1234567891.13"))
                            .fineCap());
        }

        @Test
        void severalInfringementsNeverExceedTheCapOfTheGravest() {
            FineCaps caps = FineCaps.forCase(ORDINARY, List.of(ART_83_4, ART_83_5), turnover("1000000000"));
            assertEquals(ART_83_5, caps.gravest());
            assertEquals(euros("40000000"), caps.fineCap());
            assertEquals(CapRule.GDPR_ART_83_3, caps.fineRule());
            assertEquals(
                    euros("14000000"),
                    FineCaps.forCase(ORDINARY, List.of(ART_83_4, ART_83_4), turnover("700000000"))
                            .fineCap());
        }

        @Test
        void aPeriodicPenaltyIsAtMostOneHundredThousandEurosADay() {
            FineCaps caps = FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("800000000"));
            assertEquals(euros("100000"), caps.penaltyPerDayCap());
            assertEquals(CapRule.LOI_78_17_ART_20_PENALTY, caps.penaltyRule());
            assertTrue(caps.check(null, euros("100000")).isAccepted());
            FineVerdict over = caps.check(null, euros("100000.01"));
            assertFalse(over.isAccepted());
            assertEquals("20", over.penaltyBreach().orElseThrow().article());
        }

        @Test
        void theGdprMaximumIsTheBaseOfTheStartingPoints() {
            assertEquals(euros("20000000"), FineCaps.gdprMaximum(ART_83_6, Turnover.unknown()));
            assertEquals(euros("32000000"), FineCaps.gdprMaximum(ART_83_5, turnover("800000000")));
            assertEquals(euros("16000000"), FineCaps.gdprMaximum(ART_83_4, turnover("800000000")));
        }
    }

    @Nested
    class SimplifiedProcedure {

        @Test
        void twentyThousandEurosAndOneHundredADayWhateverTheTurnover() {
            FineCaps caps = FineCaps.forCase(SIMPLIFIED, List.of(ART_83_5), turnover("5000000000"));
            assertEquals(euros("20000"), caps.fineCap());
            assertEquals(euros("100"), caps.penaltyPerDayCap());
            assertEquals(CapRule.LOI_78_17_ART_22_1_FINE, caps.fineRule());
            assertEquals(CapRule.LOI_78_17_ART_22_1_PENALTY, caps.penaltyRule());
            assertTrue(caps.check(euros("20000"), euros("100")).isAccepted());
        }

        @Test
        void aFineOverTwentyThousandIsRefusedOnTheFineNamingArticle22Dash1() {
            FineVerdict verdict = FineCaps.forCase(SIMPLIFIED, List.of(ART_83_4), turnover("5000000"))
                    .check(euros("20001"), euros("0"));
            assertEquals(FineVerdict.Outcome.REFUSED, verdict.outcome());
            CapBreach breach = verdict.fineBreach().orElseThrow();
            assertEquals("fine", breach.field());
            assertEquals("22-1", breach.article());
            assertEquals(new BigDecimal("1.00"), breach.excess());
            assertTrue(verdict.penaltyBreach().isEmpty());
        }

        @Test
        void aPenaltyOverOneHundredADayIsRefusedOnThePenalty() {
            FineVerdict verdict = FineCaps.forCase(SIMPLIFIED, List.of(ART_83_5), Turnover.unknown())
                    .check(euros("15000"), euros("101"));
            assertTrue(verdict.fineBreach().isEmpty());
            assertEquals("penaltyPerDay", verdict.penaltyBreach().orElseThrow().field());
            assertEquals(
                    CapRule.LOI_78_17_ART_22_1_PENALTY,
                    verdict.penaltyBreach().orElseThrow().rule());
        }
    }

    @Nested
    class Verdict {
        private final FineCaps caps = FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("1000000000"));

        @Test
        void anAcceptedVerdictStatesTheCapsAndNoBreach() {
            FineVerdict verdict = caps.check(euros("40000000"), euros("100000"));
            assertEquals(FineVerdict.Outcome.ACCEPTED, verdict.outcome());
            assertEquals(euros("40000000"), verdict.fineCap());
            assertEquals(euros("100000"), verdict.penaltyPerDayCap());
            assertTrue(verdict.breaches().isEmpty());
            assertTrue(verdict.refusals().isEmpty());
            assertDoesNotThrow(verdict::orThrow);
        }

        @Test
        void noFineAndNoPenaltyIsAccepted() {
            assertTrue(caps.check(null, null).isAccepted());
        }

        @Test
        void bothLimitsBrokenAreBothReportedEachOnItsField() {
            FineVerdict verdict = caps.check(euros("40000001"), euros("100001"));
            assertEquals(2, verdict.breaches().size());
            assertEquals(
                    List.of("fine", "penaltyPerDay"),
                    verdict.refusals().stream().map(FineRuleException::field).toList());
            FineRuleException first = assertThrows(FineRuleException.class, verdict::orThrow);
            assertEquals("fine", first.field());
        }

        @Test
        void enforceRefusesOnTheFieldForTheServices() {
            FineRuleException refusal =
                    refused("fine", "fine.cap.exceeded", () -> caps.enforce(euros("40000000.01"), null));
            assertEquals(
                    "The fine of €40,000,000.01 exceeds the legal cap of €40,000,000.00 set by GDPR Article 83(5) "
                            + "(€20,000,000 or 4 % of the worldwide annual turnover of the preceding financial year, whichever is higher).",
                    refusal.getMessage());
            assertTrue(
                    refusal.localizedMessage(Locale.FRENCH).contains("l'article 83(5) du RGPD"),
                    refusal.localizedMessage(Locale.FRENCH));
            assertDoesNotThrow(() -> caps.enforce(euros("40000000"), euros("100000")));
        }

        @Test
        void severalInfringementsNameArticle83Paragraph3AndTheGravest() {
            FineCaps several = FineCaps.forCase(ORDINARY, List.of(ART_83_4, ART_83_5), turnover("1000000000"));
            FineRuleException refusal =
                    refused("fine", "fine.cap.exceeded.several", () -> several.enforce(euros("40000001"), null));
            assertTrue(refusal.getMessage().contains("(GDPR Article 83(3)), here Article 83(5)"), refusal.getMessage());
            assertTrue(
                    refusal.localizedMessage(Locale.FRENCH).contains("article 83, paragraphe 3, du RGPD"),
                    refusal.localizedMessage(Locale.FRENCH));
        }

        @Test
        void thePenaltyRefusalNamesItsArticle() {
            FineRuleException ordinary =
                    refused("penaltyPerDay", "penalty.cap.exceeded", () -> caps.enforce(null, euros("100001")));
            assertTrue(ordinary.getMessage().contains("Article 20(III) of Law No. 78-17"), ordinary.getMessage());
            FineCaps simplified = FineCaps.forCase(SIMPLIFIED, List.of(ART_83_5), Turnover.unknown());
            FineRuleException refusal = refused(
                    "penaltyPerDay", "penalty.cap.exceeded.simplified", () -> simplified.enforce(null, euros("101")));
            assertTrue(
                    refusal.localizedMessage(Locale.FRENCH).contains("article 22-1 de la loi n° 78-17"),
                    refusal.localizedMessage(Locale.FRENCH));
        }

        @Test
        void theVerdictIsRefusedExactlyWhenALimitIsBroken() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new FineVerdict(FineVerdict.Outcome.REFUSED, euros("1"), euros("1"), List.of()));
        }
    }

    @Nested
    class Inputs {
        private final FineCaps caps = FineCaps.forCase(ORDINARY, List.of(ART_83_5), Turnover.unknown());

        @Test
        void aNegativeAmountIsRefusedOnItsField() {
            refused("fine", "amount.negative", () -> caps.check(euros("-1"), null));
            refused("penaltyPerDay", "amount.negative", () -> caps.check(null, euros("-0.01")));
        }

        @Test
        void anAmountInAnotherCurrencyIsRefusedOnItsField() {
            Money pounds = Money.of(new BigDecimal("10"), "GBP", "fine");
            refused("fine", "amount.currency", () -> caps.check(pounds, null));
            refused("penaltyPerDay", "amount.currency", () -> caps.check(null, pounds));
        }

        @Test
        void aCapNeedsAProcedureAndAtLeastOneInfringement() {
            refused(
                    "infringements",
                    "fine.infringements.required",
                    () -> FineCaps.forCase(ORDINARY, List.of(), Turnover.unknown()));
            refused(
                    "infringements",
                    "fine.infringements.required",
                    () -> FineCaps.forCase(ORDINARY, null, Turnover.unknown()));
            refused(
                    "procedure",
                    "fine.procedure.unknown",
                    () -> FineCaps.forCase(null, List.of(ART_83_4), Turnover.unknown()));
        }

        @Test
        void showsItsCapsInTheReadersLanguage() {
            FineCaps known = FineCaps.forCase(ORDINARY, List.of(ART_83_5), turnover("1000000000"));
            assertEquals(
                    "Fine of at most €40,000,000.00 (GDPR Article 83(5): €20,000,000 or 4 % of the worldwide annual turnover "
                            + "of €1,000,000,000.00, whichever is higher).",
                    known.fineCapText(Locale.ENGLISH));
            assertEquals(
                    "Fine of at most €20,000,000.00 (GDPR Article 83(5): €20,000,000 or 4 % of the worldwide annual turnover "
                            + "(not known, counted as none), whichever is higher).",
                    caps.fineCapText(Locale.ENGLISH));
            assertEquals(
                    "Amende totale au plus 14 000 000,00 € (article 83, paragraphe 3, du RGPD : plafond du manquement le plus grave, "
                            + "article 83(4) : 10 000 000 € ou 2 % du chiffre d'affaires annuel mondial de 700 000 000,00 €, le plus élevé).",
                    plain(FineCaps.forCase(ORDINARY, List.of(ART_83_4, ART_83_4), turnover("700000000"))
                            .fineCapText(Locale.FRENCH)));
            assertEquals(
                    "Periodic penalty of at most €100,000.00 per day of delay (Article 20(III) of Law No. 78-17).",
                    caps.penaltyCapText(Locale.ENGLISH));
            FineCaps simplified = FineCaps.forCase(SIMPLIFIED, List.of(ART_83_5), Turnover.unknown());
            assertEquals(
                    "Amende au plus 20 000,00 € (procédure simplifiée, article 22-1 de la loi n° 78-17).",
                    plain(simplified.fineCapText(Locale.FRENCH)));
            assertEquals(
                    "Periodic penalty of at most €100.00 per day of delay (simplified procedure, Article 22-1 of Law No. 78-17).",
                    simplified.penaltyCapText(Locale.ENGLISH));
        }

        private String plain(String text) {
            return text.replace('\u202f', ' ').replace('\u00a0', ' ');
        }

        @Test
        void describesItselfForLogs() {
            assertEquals(
                    "ORDINARY [83(5)], turnover unknown: fine at most 20000000.00 EUR (GDPR Art. 83(4) to 83(6)), "
                            + "penalty at most 100000.00 EUR a day (loi 78-17 art. 20, III)",
                    caps.toString());
        }
    }
}
