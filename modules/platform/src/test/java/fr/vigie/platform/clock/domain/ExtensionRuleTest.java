package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtensionRuleTest {

    private static final String SOURCE = "Regulation (EU) 2025/327 Art. 68(4)";
    private final ExtensionRule onceThreeMonths = ExtensionRule.upTo(1, Period.months(3));

    @Test
    void allowsOneExtensionUpToTheMaximum() {
        assertDoesNotThrow(() -> onceThreeMonths.requireAllowed(List.of(), Period.months(3), SOURCE));
        assertDoesNotThrow(() -> onceThreeMonths.requireAllowed(List.of(), Period.months(2), SOURCE));
    }

    @Test
    void refusesASecondExtension() {
        assertRefused(
                "No further extension is possible: Regulation (EU) 2025/327 Art. 68(4) allows one extension"
                        + " and 1 was already granted",
                () -> onceThreeMonths.requireAllowed(List.of(Period.months(3)), Period.months(1), SOURCE));
    }

    @Test
    void refusesALongerExtension() {
        assertRefused(
                "An extension of 4 months is longer than the 3 months that Regulation (EU) 2025/327 Art. 68(4)"
                        + " allows",
                () -> onceThreeMonths.requireAllowed(List.of(), Period.months(4), SOURCE));
    }

    @Test
    void refusesAnyExtensionWhenNoneIsAllowed() {
        assertFalse(ExtensionRule.none().allowsExtension());
        assertRefused(
                "No further extension is possible: GDPR Art. 78(2) allows no extension and 0 were already granted",
                () -> ExtensionRule.none().requireAllowed(List.of(), Period.days(1), "GDPR Art. 78(2)"));
    }

    @Test
    void aLengthLeftToTheDecidingPersonIsNotCapped() {
        ExtensionRule byTheChair = ExtensionRule.upTo(1);

        assertEquals(Optional.empty(), byTheChair.maxPerExtension());
        assertDoesNotThrow(() -> byTheChair.requireAllowed(List.of(), Period.months(6), "Décret 2019-536 art. 40"));
    }

    @Test
    void refusesANegativeCount() {
        assertRefused("The maximum number of extensions cannot be negative (-1 given)", () -> ExtensionRule.upTo(-1));
    }

    @Test
    void readsWell() {
        assertEquals("one extension of at most 3 months", onceThreeMonths.toString());
        assertEquals("no extension", ExtensionRule.none().toString());
    }
}
