package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in French and English, every enum shown has its label, every key the code uses exists. */
class FinesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                FinesBundleTest.class.getResourceAsStream("/fr/vigie/sanctions/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(load("fines").stringPropertyNames()),
                new TreeSet<>(load("fines_en").stringPropertyNames()));
    }

    /** Messages are MessageFormat patterns (apostrophes doubled); labels are plain text (never a doubled apostrophe). */
    @Test
    void messagesArePatternsAndLabelsArePlainText() throws IOException {
        Pattern label = Pattern.compile(
                "^(seriousness|circumstance|capRule|fineProcedure|infringement|outcome|kind|proposal)\\..*");
        for (String bundle : List.of("fines", "fines_en")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (label.matcher(key).matches()) {
                    assertFalse(text.contains("''"), bundle + ": " + key);
                } else {
                    MessageFormat pattern = new MessageFormat(text, Locale.FRENCH);
                    assertFalse(pattern.format(new Object[10]).contains("''"), bundle + ": " + key);
                    assertFalse(
                            Pattern.compile("(?<!')'(?!')").matcher(text).find(),
                            bundle + ": single apostrophe in " + key);
                }
            }
        }
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Set<String> keys = load("fines").stringPropertyNames();
        List<Enum<?>> constants = new ArrayList<>();
        constants.addAll(List.of(Seriousness.values()));
        constants.addAll(List.of(Circumstance.values()));
        constants.addAll(List.of(CapRule.values()));
        constants.addAll(List.of(FineProcedure.values()));
        constants.addAll(List.of(Infringement.values()));
        constants.addAll(List.of(FineVerdict.Outcome.values()));
        constants.addAll(List.of(FineStep.Kind.values()));
        for (Enum<?> constant : constants) {
            assertTrue(keys.contains(FineTexts.labelKey(constant)), FineTexts.labelKey(constant));
        }
    }

    /** Every quoted key the main code passes to the bundle, and every cap rule's refusal key, has a text. */
    @Test
    void everyKeyTheCodeUsesHasAText() throws IOException {
        Set<String> keys = load("fines").stringPropertyNames();
        for (CapRule rule : CapRule.values()) {
            assertTrue(keys.contains(rule.refusalKey()), rule.refusalKey());
        }
        Pattern quotedKey =
                Pattern.compile("\"((?:fine|amount|turnover|assistant|step|caution|penalty|cap)\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/fr/vigie/sanctions/domain/fine"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = quotedKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertFalse(used.isEmpty());
        for (String key : used) {
            assertTrue(keys.contains(key), "no text for " + key);
        }
    }

    @Test
    void refusalsShowEnumsByTheirLabel() {
        FineRuleException refusal = FineRuleException.onField(
                "circumstances[1].circumstance", "assistant.circumstance.duplicate", Circumstance.COOPERATION, "f");
        assertEquals(
                "La circonstance « degré de coopération avec l'autorité » (article 83, paragraphe 2, point f) est déjà appréciée : "
                        + "chaque circonstance ne compte qu'une fois.",
                refusal.localizedMessage(Locale.FRENCH));
        assertEquals(
                "The circumstance \"degree of cooperation with the authority\" (Article 83(2)(f)) is already weighed: "
                        + "each circumstance counts once.",
                refusal.getMessage());
    }
}
