package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import fr.vigie.sanctions.domain.CapVerdict;
import fr.vigie.sanctions.domain.Procedure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision's caps through the fine rule: the gravest article sets the cap; turnover-based or fixed, whichever is higher. */
class FineRulesCapsTest {
    private final FineRulesCaps caps = new FineRulesCaps();

    @Test
    void article32FallsUnder83_4AndArticle5Under83_5() {
        Money turnover = Money.euros(1_000_000_000L);
        CapVerdict security =
                caps.check(Procedure.ORDINARY, List.of("RGPD art. 32"), turnover, Money.euros(20_000_001), null);
        assertFalse(security.accepted());
        assertEquals("RGPD art. 83(4)", security.article());
        assertEquals(Money.euros(20_000_000), security.cap());
        CapVerdict both = caps.check(
                Procedure.ORDINARY, List.of("RGPD art. 32", "RGPD art. 5"), turnover, Money.euros(40_000_000), null);
        assertTrue(both.accepted());
        assertEquals("RGPD art. 83(5)", both.article());
    }

    @Test
    void unknownTurnoverCountsAsNoneAndTheFixedCapApplies() {
        assertTrue(caps.check(Procedure.ORDINARY, List.of("RGPD art. 6"), null, Money.euros(20_000_000), null)
                .accepted());
        assertFalse(caps.check(Procedure.ORDINARY, List.of("RGPD art. 6"), null, Money.euros(20_000_001), null)
                .accepted());
    }

    @Test
    void penaltiesAndTheSimplifiedProcedure() {
        assertEquals(
                "penaltyPerDay",
                caps.check(Procedure.ORDINARY, List.of("RGPD art. 5"), null, null, Money.euros(100_001))
                        .field());
        assertFalse(caps.check(Procedure.SIMPLIFIED, List.of("RGPD art. 5"), null, Money.euros(20_001), null)
                .accepted());
        assertEquals(
                "penaltyPerDay",
                caps.check(Procedure.SIMPLIFIED, List.of("RGPD art. 5"), null, Money.euros(20_000), Money.euros(101))
                        .field());
    }

    @Test
    void articlesFallInTheirTierOfArticle83() {
        assertEquals(fr.vigie.sanctions.domain.fine.Infringement.ART_83_5, FineRulesCaps.tierOf("RGPD art. 5"));
        assertEquals(fr.vigie.sanctions.domain.fine.Infringement.ART_83_4, FineRulesCaps.tierOf("RGPD art. 32"));
        assertEquals(fr.vigie.sanctions.domain.fine.Infringement.ART_83_6, FineRulesCaps.tierOf("GDPR Art. 58(2)"));
        assertEquals(fr.vigie.sanctions.domain.fine.Infringement.ART_83_4, FineRulesCaps.tierOf("loi 78-17 art. 82"));
    }
}
