package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void typedAmountsKeepTheCentAndDefaultToEuros() {
        Money fine = Money.of(new BigDecimal("24691357.82"), null, "fine");
        assertEquals("24691357.82 EUR", fine.toString());
    }

    @Test
    void negativeOrSubCentAmountsAreRefusedOnTheField() {
        assertEquals(
                "money.amount.invalid",
                assertThrows(DomainException.class, () -> Money.of(new BigDecimal("-1"), "EUR", "fine"))
                        .key());
        assertEquals(
                "money.amount.invalid",
                assertThrows(DomainException.class, () -> Money.of(new BigDecimal("1.001"), "EUR", "fine"))
                        .key());
    }

    @Test
    void computedAmountsRoundHalfUpToTheCent() {
        assertEquals(
                new BigDecimal("24691357.82"),
                Money.euros(new BigDecimal("24691357.82")).amount());
        assertEquals(
                new BigDecimal("0.01"), Money.euros(new BigDecimal("0.005")).amount());
    }

    @Test
    void comparesAndAddsInOneCurrency() {
        assertTrue(Money.euros(20_000_001).isGreaterThan(Money.euros(20_000_000)));
        assertEquals(Money.euros(3), Money.euros(1).plus(Money.euros(2)));
        assertThrows(IllegalArgumentException.class, () -> Money.euros(1).plus(Money.of(BigDecimal.ONE, "USD", "x")));
    }
}
