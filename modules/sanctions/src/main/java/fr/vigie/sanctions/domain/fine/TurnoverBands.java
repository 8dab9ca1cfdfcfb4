package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The table that adjusts a fine's starting amount to the size of the undertaking (EDPB
 * Guidelines 04/2022, version 2.1, § 65): consecutive bands of worldwide annual turnover, each
 * with the share of the starting amount to continue from. The defaults are in
 * {@value #DEFAULT_RESOURCE}; an authority that reads the guidelines differently gives its own
 * table with {@link #from(Properties, String)} (same keys).
 *
 * <p>Keys: {@code band.N.upTo} (euros, included; empty for the last, open band),
 * {@code band.N.from} and {@code band.N.to} (percent of the starting amount), N from 1 up, the
 * bands in increasing order of turnover; {@code source} (where the figures come from).
 */
public final class TurnoverBands {
    public static final String DEFAULT_RESOURCE = "/fr/vigie/sanctions/domain/fine/turnover-bands.properties";

    private final List<TurnoverBand> bands;
    private final String source;

    private TurnoverBands(List<TurnoverBand> bands, String source) {
        this.bands = List.copyOf(bands);
        this.source = source;
    }

    /** The bands of the guidelines, from {@value #DEFAULT_RESOURCE}. */
    public static TurnoverBands defaults() {
        try (InputStream stream = TurnoverBands.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing " + DEFAULT_RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            return from(properties, DEFAULT_RESOURCE);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, unreadable);
        }
    }

    /**
     * A table read from properties (see the class comment for the keys).
     *
     * @param origin where the properties come from, named when they are wrong
     * @throws IllegalArgumentException naming the origin and the key, when the table has no band,
     *                                  a band that is not above the previous one, a share that
     *                                  is not a range of percentages, or no open last band
     */
    public static TurnoverBands from(Properties properties, String origin) {
        List<TurnoverBand> bands = new ArrayList<>();
        Money previous = Money.euros(0);
        for (int n = 1; properties.containsKey("band." + n + ".from"); n++) {
            if (!bands.isEmpty() && bands.get(bands.size() - 1).isOpen()) {
                throw new IllegalArgumentException(origin + ": band." + n + " follows the open last band");
            }
            String upTo = properties.getProperty("band." + n + ".upTo", "").strip();
            try {
                PercentRange share = new PercentRange(
                        number(properties, "band." + n + ".from"), number(properties, "band." + n + ".to"));
                if (share.to().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new IllegalArgumentException("a share above 100 %");
                }
                Money upper = upTo.isEmpty() ? null : Money.euros(new BigDecimal(upTo));
                bands.add(new TurnoverBand(previous, upper, share));
                previous = upper;
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(origin + ": band." + n + " is wrong: " + wrong.getMessage(), wrong);
            }
        }
        if (bands.isEmpty() || !bands.get(bands.size() - 1).isOpen()) {
            throw new IllegalArgumentException(origin + ": the table must end with an open band (band.N.upTo empty)");
        }
        return new TurnoverBands(bands, properties.getProperty("source", origin).strip());
    }

    private static BigDecimal number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return new BigDecimal(value.strip());
    }

    public List<TurnoverBand> bands() {
        return bands;
    }

    /** Where the figures come from (the guidelines' paragraph, or the authority's own decision). */
    public String source() {
        return source;
    }

    /** The band of a turnover; a turnover that is not known counts as none (the first band). */
    public TurnoverBand bandFor(Turnover turnover) {
        Money amount = turnover == null ? Money.euros(0) : turnover.amountOrZero();
        return bands.stream().filter(band -> band.holds(amount)).findFirst().orElseThrow();
    }
}
