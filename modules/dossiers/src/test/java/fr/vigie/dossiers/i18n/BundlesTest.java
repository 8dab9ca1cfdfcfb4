package fr.vigie.dossiers.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French and English bundles have the same keys: no screen falls back to a key or to the other language. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"errors", "messages"})
    void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(
                new TreeSet<>(load(bundle + ".properties").stringPropertyNames()),
                new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames()));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/fr/vigie/dossiers/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
