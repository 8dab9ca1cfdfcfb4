package fr.vigie.complaints.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.ComplaintException;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.TimelineType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in French and English, and every enum value shown on screen has its label. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                BundlesTest.class.getResourceAsStream("/fr/vigie/complaints/i18n/" + name + ".properties")) {
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
    void everyEnumValueHasAScreenLabel() throws IOException {
        Set<String> keys = load("messages").stringPropertyNames();
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertTrue(keys.contains("status." + s), s.name());
        }
        for (Category c : Category.values()) {
            assertTrue(keys.contains("category." + c), c.name());
        }
        for (Outcome o : Outcome.values()) {
            assertTrue(keys.contains("outcome." + o), o.name());
            assertTrue(load("letters").stringPropertyNames().contains("outcome." + o), "letter text of " + o);
        }
        for (PriorityLevel p : PriorityLevel.values()) {
            assertTrue(keys.contains("priority." + p), p.name());
        }
        for (TimelineType t : TimelineType.values()) {
            assertTrue(keys.contains("timeline." + t), t.name());
        }
    }

    @Test
    void stateNamesAreTranslatedInRefusals() {
        ComplaintException e = ComplaintException.refused("complaint.transition.refused", "RECEIVED", "CLOSED");
        assertEquals(
                "Action impossible : une plainte à l'état « reçue » ne peut pas passer à l'état « clôturée ».",
                e.localizedMessage(Locale.FRENCH));
        assertEquals("Not possible: a complaint that is \"received\" cannot become \"closed\".", e.getMessage());
    }
}
