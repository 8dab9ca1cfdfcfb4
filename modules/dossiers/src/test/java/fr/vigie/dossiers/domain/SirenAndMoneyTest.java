package fr.vigie.dossiers.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SirenAndMoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "732 829 320", "552100554", "542051180"})
    void validSirensPass(String text) {
        assertEquals(text.replace(" ", ""), Siren.parse(text, "siren").value());
    }

    @Test
    void aWrongCheckDigitIsRefusedOnTheField() {
        DossierException e = assertThrows(DossierException.class, () -> Siren.parse("732829321", "siren"));
        assertEquals("siren", e.field());
        assertEquals("siren.checksum", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "73282932A"})
    void aWrongFormatIsRefused(String text) {
        assertEquals("siren.format", assertThrows(DossierException.class, () -> Siren.parse(text, "siren")).key());
    }

    @Test
    void moneyKeepsTwoDecimalsAndACurrency() {
        Money fee = Money.of(new BigDecimal("1500.5"), "eur", "amount");
        assertEquals(new BigDecimal("1500.50"), fee.amount());
        assertEquals("EUR", fee.currency());
        assertEquals("1500.50 EUR", fee.toString());
        assertEquals(fee, Money.of(new BigDecimal("1500.50"), null, "amount"));
    }

    @Test
    void badAmountsAndCurrenciesAreRefused() {
        assertEquals("amount", assertThrows(DossierException.class,
                () -> Money.of(new BigDecimal("-1"), "EUR", "amount")).field());
        assertEquals("amount", assertThrows(DossierException.class,
                () -> Money.of(new BigDecimal("1.234"), "EUR", "amount")).field());
        assertEquals("currency", assertThrows(DossierException.class,
                () -> Money.of(BigDecimal.TEN, "EURO", "amount")).field());
    }
}
