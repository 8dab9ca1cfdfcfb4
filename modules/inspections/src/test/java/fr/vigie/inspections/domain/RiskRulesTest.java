package fr.vigie.inspections.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRulesTest {
    @Test
    void everyPointHasItsReason() {
        RiskRules.Score s = RiskRules.DEFAULTS.score(new RiskFacts("732829320", "X", 3, 1, 1, true, false, 2, 1, 2, 0));
        assertEquals(6 + 3 + 5 + 5 + 8 + 6 + 16, s.total());
        assertEquals(
                List.of(
                        "COMPLAINTS",
                        "ART78_BREACHED",
                        "BREACH_NOTIFICATIONS",
                        "SENSITIVE_DATA",
                        "EARLIER_FINDINGS",
                        "EARLIER_FOLLOW_UPS",
                        "EARLIER_SANCTIONS"),
                s.reasons().stream().map(RiskRules.Reason::rule).toList());
        assertEquals(
                s.total(),
                s.reasons().stream().mapToLong(RiskRules.Reason::points).sum());
    }

    @Test
    void aCampaignOfComplaintsIsOneCappedSignal() {
        RiskRules.Score s =
                RiskRules.DEFAULTS.score(new RiskFacts("732829320", "X", 5_000, 0, 0, false, false, 0, 0, 0, 0));
        assertEquals(20, s.total());
        assertEquals(5_000, s.reasons().get(0).count());
    }

    @Test
    void nothingKnownScoresNothing() {
        assertTrue(RiskRules.DEFAULTS
                .score(new RiskFacts("732829320", "X", 0, 0, 0, false, false, 0, 0, 0, 2))
                .reasons()
                .isEmpty());
    }
}
