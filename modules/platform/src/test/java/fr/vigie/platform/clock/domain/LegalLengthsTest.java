package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lengths a module used to write itself come from the catalogue: one extension of a decision
 * period (EHDS Art. 68(4) and 68(6), loi 78-17 art. 66) and the longest term of a data permit
 * (Art. 68(12)).
 */
class LegalLengthsTest {
    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();

    @Test
    void oneExtensionOfADecisionPeriodIsAsLongAsItsTextSays() {
        assertEquals(
                Period.months(3),
                CATALOGUE.policy("EHDS_ART_68_4_PERMIT_DECISION").legalExtensionLength());
        assertEquals(
                Period.months(1),
                CATALOGUE.policy("EHDS_ART_68_6_ACCELERATED_DECISION").legalExtensionLength());
        assertEquals(
                Period.months(2),
                CATALOGUE.policy("NATIONAL_AUTHORISATION_DECISION").legalExtensionLength());
    }

    @Test
    void aPeriodThatCannotBeExtendedHasNoLegalExtensionLength() {
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> CATALOGUE.policy("EHDS_ART_67_COMPLETE_APPLICATION").legalExtensionLength());
        assertEquals("clock.extension.lengthNotSet", refused.messageKey());
    }

    @Test
    void aPermitRunsAtMostTenYearsFromItsStart() {
        assertEquals(
                Optional.of(day("2036-04-01")),
                CATALOGUE.policy("EHDS_ART_68_12_PERMIT_DURATION").latestChosenEnd(day("2026-04-01"), FRANCE));
        assertEquals(
                Optional.empty(),
                CATALOGUE.policy("EHDS_ART_68_4_PERMIT_DECISION").latestChosenEnd(day("2026-04-01"), FRANCE));
    }
}
