package fr.vigie.platform.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The directory's texts exist in French and English, every key a page or the import uses is there,
 * and every refusal key the organisation code throws has its text in both error bundles.
 */
class OrganisationBundlesTest {
    private static final Path SOURCES = Path.of("src/main/java/fr/vigie/platform/organisation");
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    @Test
    void pageTextsExistInBothLanguages() throws IOException {
        assertEquals(keys("organisations.properties"), keys("organisations_en.properties"));
    }

    @Test
    void everyTextThePagesAndTheImportUseExists() throws IOException {
        Set<String> keys = keys("organisations.properties");
        Set<String> used = new TreeSet<>();
        used.addAll(matches(read(PAGES.resolve("organisations/directory.xhtml")), "org\\['([^']+)'\\]"));
        used.addAll(matches(read(PAGES.resolve("organisations/organisation.xhtml")), "org\\['([^']+)'\\]"));
        used.addAll(matches(read(PAGES.resolve("organisations/profile.xhtml")), "org\\['([^']+)'\\]"));
        used.addAll(matches(read(PAGES.resolve("admin/sirene-import.xhtml")), "org\\['([^']+)'\\]"));
        used.addAll(matches(read(PAGES.resolve("vigie/organisationPicker.xhtml")), "org\\['([^']+)'\\]"));
        used.addAll(matches(code(), "\"(import\\.reject\\.[A-Za-z]+)\""));
        used.addAll(matches(code(), "\"((?:menu|form|turnover|import)\\.[A-Za-z.]+)\""));
        used.remove("form.source.");
        used.add("form.source.MANUAL");
        used.add("form.source.SIRENE");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing);
        assertTrue(used.size() > 40, used.toString());
    }

    @Test
    void everyRefusalHasItsTextInBothErrorBundles() throws IOException {
        Set<String> thrown = matches(code(), "\"(organisation\\.[A-Za-z]+\\.[A-Za-z]+)\"");
        Set<String> fr = keys("errors.properties");
        Set<String> en = keys("errors_en.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : thrown) {
            if (!fr.contains(key) || !en.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
        Set<String> organisationKeysFr =
                fr.stream().filter(k -> k.startsWith("organisation.")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> organisationKeysEn =
                en.stream().filter(k -> k.startsWith("organisation.")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(organisationKeysFr, organisationKeysEn);
        Set<String> unused = new TreeSet<>(organisationKeysFr);
        unused.removeAll(thrown);
        unused.remove("organisation.number.format"); // the kernel's OrganisationNumber
        assertEquals(Set.of(), unused);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OrganisationBundlesTest.class.getResourceAsStream("/fr/vigie/platform/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String code() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(read(f));
            }
            return all.toString();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
