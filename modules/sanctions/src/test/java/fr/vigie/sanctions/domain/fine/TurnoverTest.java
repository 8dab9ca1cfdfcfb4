package fr.vigie.sanctions.domain.fine;

import static fr.vigie.sanctions.domain.fine.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TurnoverTest {

    @Test
    void anUnknownTurnoverCountsAsNone() {
        Turnover unknown = Turnover.unknown();
        assertFalse(unknown.isKnown());
        assertEquals(Optional.empty(), unknown.amount());
        assertEquals(Money.euros(0), unknown.amountOrZero());
        assertEquals(Money.euros(0), unknown.percent(BigDecimal.valueOf(4)));
        assertEquals(unknown, Turnover.euros(null, Year.of(2025)));
    }

    @Test
    void keepsItsFinancialYear() {
        Turnover turnover = Turnover.euros(new BigDecimal("600000000"), Year.of(2025));
        assertTrue(turnover.isKnown());
        assertEquals(Optional.of(Year.of(2025)), turnover.financialYear());
        assertEquals(Optional.of(Money.euros(600_000_000)), turnover.amount());
        assertEquals(Turnover.of(Money.euros(600_000_000), Year.of(2025)), turnover);
    }

    @Test
    void tellsWhetherItIsOfTheFinancialYearBeforeTheDecision() {
        Turnover turnover = Turnover.euros(new BigDecimal("600000000"), Year.of(2025));
        assertTrue(turnover.isOfTheYearBefore(Year.of(2026)));
        assertFalse(turnover.isOfTheYearBefore(Year.of(2027)));
        assertFalse(Turnover.euros(new BigDecimal("1"), null).isOfTheYearBefore(Year.of(2026)));
        assertFalse(Turnover.unknown().isOfTheYearBefore(Year.of(2026)));
    }

    @Test
    void aPercentageIsRoundedHalfUpToTheCent() {
        assertEquals(
                Money.euros(new BigDecimal("24691357.82")),
                Turnover.euros(new BigDecimal("1234567891"), null).percent(BigDecimal.valueOf(2)));
        // 2 % of 1,234,567,891.25 is 24,691,357.825: half-up gives .83
        assertEquals(
                Money.euros(new BigDecimal("24691357.83")),
                Turnover.euros(new BigDecimal("1234567891.25"), null).percent(BigDecimal.valueOf(2)));
        // 4 % of 0.12 is 0.0048: rounds to the cent
        assertEquals(
                Money.euros(new BigDecimal("0.00")),
                Turnover.euros(new BigDecimal("0.12"), null).percent(BigDecimal.valueOf(4)));
    }

    @Test
    void refusesANegativeTurnoverOrOneFinerThanTheCent() {
        DomainException negative =
                assertThrows(DomainException.class, () -> Turnover.euros(new BigDecimal("-1"), null));
        assertEquals("turnover", negative.field());
        DomainException finer =
                assertThrows(DomainException.class, () -> Turnover.euros(new BigDecimal("1.001"), null));
        assertEquals("turnover", finer.field());
    }

    @Test
    void refusesATurnoverInAnotherCurrency() {
        Money dollars = Money.of(new BigDecimal("1000"), "USD", "turnover");
        refused("turnover", "turnover.currency", () -> Turnover.of(dollars, Year.of(2025)));
    }
}
