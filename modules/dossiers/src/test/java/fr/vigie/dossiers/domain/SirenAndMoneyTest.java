package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.organisation.Siren;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dossier's use of the kernel's SIREN (a SIREN only: a SIRET is refused) and money (ceiling of a fee). */
class SirenAndMoneyTest {
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "732 829 320", "552100554", "542051180"})
    void validSirensPass(String text) {
        assertEquals(text.replace(" ", ""), Siren.parse(text, "siren").value());
    }

    @Test
    void aWrongCheckDigitIsRefusedOnTheField() {
        DomainException e = assertThrows(DomainException.class, () -> Siren.parse("732829321", "siren"));
        assertEquals("siren", e.field());
        assertEquals("siren.checksum", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "73282932A"})
    void aWrongFormatIsRefused(String text) {
        assertEquals(
                "siren.format",
                assertThrows(DomainException.class, () -> Siren.parse(text, "siren"))
                        .key());
    }

    @Test
    void moneyKeepsTwoDecimalsAndACurrency() {
        Money fee = Money.of(new BigDecimal("1500.5"), "eur", "amount", "currency");
        assertEquals(new BigDecimal("1500.50"), fee.amount());
        assertEquals("EUR", fee.currency());
        assertEquals("1500.50 EUR", fee.toString());
        assertEquals(fee, Money.of(new BigDecimal("1500.50"), null, "amount", "currency"));
    }

    @Test
    void badAmountsAndCurrenciesAreRefused() {
        assertEquals(
                "amount",
                assertThrows(DomainException.class, () -> Money.of(new BigDecimal("-1"), "EUR", "amount", "currency"))
                        .field());
        assertEquals(
                "amount",
                assertThrows(
                                DomainException.class,
                                () -> Money.of(new BigDecimal("1.234"), "EUR", "amount", "currency"))
                        .field());
        assertEquals(
                "currency",
                assertThrows(DomainException.class, () -> Money.of(BigDecimal.TEN, "EURO", "amount", "currency"))
                        .field());
    }

    @Test
    void aFeeAboveTheCeilingIsRefusedOnTheAmount() {
        DomainException e = assertThrows(DomainException.class, () -> Fixtures.submitted(Procedure.values()[0], DAY)
                .estimateFee(Money.of(new BigDecimal("100000000.01"), "EUR", "amount"), Fixtures.on(DAY)));
        assertEquals("amount", e.field());
        assertEquals("fee.amount.invalid", e.key());
    }
}
