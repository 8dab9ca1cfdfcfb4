package fr.vigie.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PolicyNamesTest {

    private static List<String> catalogueCodes() throws IOException {
        Properties catalogue = new Properties();
        try (InputStream in =
                PolicyNames.class.getResourceAsStream("/fr/vigie/platform/clock/legal-policies.properties")) {
            catalogue.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return catalogue.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".title"))
                .map(key -> key.substring(0, key.length() - ".title".length()))
                .sorted()
                .toList();
    }

    @Test
    void everyDeadlineOfTheCatalogueHasAFrenchAndAnEnglishName() throws IOException {
        List<String> codes = catalogueCodes();
        assertTrue(codes.size() > 20, "the catalogue was read");
        for (String code : codes) {
            assertNotEquals(code, PolicyNames.of(code, Locale.FRENCH), "French name of " + code);
            assertNotEquals(code, PolicyNames.of(code, Locale.ENGLISH), "English name of " + code);
        }
    }

    @Test
    void notificationArgumentsAreWrittenInTheReadersWords() {
        assertEquals(
                "Accuser réception de la plainte",
                NotificationsBean.readable("COMPLAINT_ACKNOWLEDGEMENT", Locale.FRENCH));
        assertEquals("3 décembre 2026", NotificationsBean.readable("2026-12-03", Locale.FRENCH));
        assertEquals("3 December 2026", NotificationsBean.readable("2026-12-03", Locale.ENGLISH));
        assertEquals("PL-2026-000123", NotificationsBean.readable("PL-2026-000123", Locale.FRENCH));
    }
}
