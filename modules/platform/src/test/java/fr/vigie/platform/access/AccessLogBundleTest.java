package fr.vigie.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.access.ReadKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The read-access log's texts exist in French and English, with a label for every kind of read. */
class AccessLogBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccessLogBundleTest.class.getResourceAsStream("/fr/vigie/platform/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(load("access.properties").stringPropertyNames()),
                new TreeSet<>(load("access_en.properties").stringPropertyNames()));
        assertTrue(load("access_fr.properties").isEmpty(), "French lives in the base bundle");
    }

    @Test
    void everyKindHasItsLabel() throws IOException {
        Properties fr = load("access.properties");
        for (ReadKind kind : ReadKind.values()) {
            assertTrue(fr.containsKey("ReadKind." + kind.name()), kind.name());
        }
    }

    @Test
    void theAlertNotificationAndTheRefusalsAreTranslated() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            assertTrue(load(bundle).containsKey("accessLog.alert.notification"), bundle);
        }
        for (String bundle : new String[] {"errors.properties", "errors_en.properties"}) {
            assertTrue(load(bundle).containsKey("error.accessLog.kind"), bundle);
            assertTrue(load(bundle).containsKey("error.accessLog.badRange"), bundle);
        }
    }
}
