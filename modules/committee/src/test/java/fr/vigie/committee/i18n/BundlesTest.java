package fr.vigie.committee.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.committee.domain.SessionStatus;
import fr.vigie.committee.domain.VoteChoice;
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

/** Every text exists in French and English, every enum value shown has its label, and apostrophes survive MessageFormat. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                BundlesTest.class.getResourceAsStream("/fr/vigie/committee/i18n/" + name + ".properties")) {
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

    @ParameterizedTest
    @ValueSource(strings = {"errors", "errors_en", "messages", "messages_en", "minutes"})
    void noPlainApostropheThatMessageFormatWouldEat(String bundle) throws IOException {
        Properties p = load(bundle);
        for (String key : p.stringPropertyNames()) {
            assertFalse(p.getProperty(key).contains("'"), bundle + ": " + key);
        }
    }

    @Test
    void everyEnumValueHasAScreenLabel() throws IOException {
        Set<String> keys = load("messages").stringPropertyNames();
        Set<String> minutes = load("minutes").stringPropertyNames();
        for (ReviewStage s : ReviewStage.values()) {
            assertTrue(keys.contains("stage." + s), s.name());
        }
        for (SessionStatus s : SessionStatus.values()) {
            assertTrue(keys.contains("status." + s), s.name());
        }
        for (VoteChoice v : VoteChoice.values()) {
            assertTrue(keys.contains("vote." + v) && minutes.contains("vote." + v), v.name());
        }
        for (OpinionKind o : OpinionKind.values()) {
            assertTrue(keys.contains("opinion." + o) && minutes.contains("opinion." + o), o.name());
        }
        for (MemberFunction f : MemberFunction.values()) {
            assertTrue(keys.contains("function." + f), f.name());
        }
    }

    @Test
    void refusalsReadInBothLanguages() {
        CommitteeException e = CommitteeException.forbidden("vote.recusedForbidden", "DA-2026-000042");
        assertEquals(
                "Vous êtes déporté du dossier DA-2026-000042 : vous ne pouvez pas voter.",
                e.localizedMessage(Locale.FRENCH));
        assertEquals("You are recused from dossier DA-2026-000042: you cannot vote.", e.getMessage());
    }
}
