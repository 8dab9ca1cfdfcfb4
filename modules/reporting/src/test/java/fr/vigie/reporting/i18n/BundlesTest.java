package fr.vigie.reporting.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.reporting.application.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the reports exists in French and English, and every report has its title (menu, home panel). */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                BundlesTest.class.getResourceAsStream("/fr/vigie/reporting/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors", "messages"})
    void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(
                new TreeSet<>(load(bundle).stringPropertyNames()),
                new TreeSet<>(load(bundle + "_en").stringPropertyNames()));
    }

    @Test
    void everyReportHasATitle() throws IOException {
        Set<String> keys = load("messages").stringPropertyNames();
        for (Report report : Report.values()) {
            assertTrue(keys.contains(report.titleKey()), report.name());
        }
    }
}
