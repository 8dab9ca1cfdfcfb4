package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurnoverBandsTest {

    private final TurnoverBands defaults = TurnoverBands.defaults();

    @Test
    void theDefaultsAreTheSevenBandsOfTheGuidelines() {
        assertEquals(7, defaults.bands().size());
        assertEquals("EDPB Guidelines 04/2022 v2.1, para. 65", defaults.source());
        assertEquals(PercentRange.of("0.2", "0.4"), defaults.bands().get(0).share());
        assertEquals(PercentRange.of("40", "100"), defaults.bands().get(5).share());
        assertTrue(defaults.bands().get(6).isOpen());
        assertEquals(Money.euros(500_000_000), defaults.bands().get(6).above());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.2, 0.4", "2000000, 0.2, 0.4", "2000000.01, 0.3, 2", "10000000, 0.3, 2", "10000001, 1.5, 10",
        "50000000, 1.5, 10", "75000000, 8, 20", "100000000, 8, 20", "250000000, 15, 50", "250000001, 40, 100",
        "500000000, 40, 100", "500000000.01, 100, 100", "90000000000, 100, 100"
    })
    void aTurnoverFallsInTheBandThatHoldsItUpperBoundIncluded(String turnover, String from, String to) {
        assertEquals(
                PercentRange.of(from, to),
                defaults.bandFor(Turnover.euros(new BigDecimal(turnover), null)).share());
    }

    @Test
    void anUnknownTurnoverFallsInTheFirstBand() {
        assertEquals(defaults.bands().get(0), defaults.bandFor(Turnover.unknown()));
    }

    @Test
    void anAuthorityMayGiveItsOwnTable() throws IOException {
        TurnoverBands own = TurnoverBands.from(properties("""
                source=Committee deliberation 2027-01
                band.1.upTo=1000000
                band.1.from=1
                band.1.to=5
                band.2.upTo=
                band.2.from=100
                band.2.to=100
                """), "own");
        assertEquals("Committee deliberation 2027-01", own.source());
        assertEquals(
                PercentRange.of("1", "5"),
                own.bandFor(Turnover.euros(new BigDecimal("999999"), null)).share());
        assertEquals(
                PercentRange.of("100", "100"),
                own.bandFor(Turnover.euros(new BigDecimal("1000000.01"), null)).share());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "band.1.upTo=100|the table must end with an open band",
                "band.1.from=1\\nband.1.to=2\\nband.1.upTo=100|the table must end with an open band",
                "band.1.from=5\\nband.1.to=2\\nband.1.upTo=|band.1 is wrong",
                "band.1.from=5\\nband.1.to=200\\nband.1.upTo=|band.1 is wrong",
                "band.1.from=1\\nband.1.upTo=|band.1 is wrong: band.1.to is missing",
                "band.1.from=1\\nband.1.to=2\\nband.1.upTo=100\\nband.2.from=1\\nband.2.to=2\\nband.2.upTo=50\\nband.3.from=1\\nband.3.to=1|band.2 is wrong",
                "band.1.from=1\\nband.1.to=2\\nband.1.upTo=\\nband.2.from=1\\nband.2.to=2\\nband.2.upTo=|band.2 follows the open last band"
            })
    void aWrongTableIsRefusedNamingTheBand(String text, String message) throws IOException {
        IllegalArgumentException wrong = assertThrows(
                IllegalArgumentException.class,
                () -> TurnoverBands.from(properties(text.replace("\\n", "\n")), "conf"));
        assertTrue(wrong.getMessage().startsWith("conf: " + message), wrong.getMessage());
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
