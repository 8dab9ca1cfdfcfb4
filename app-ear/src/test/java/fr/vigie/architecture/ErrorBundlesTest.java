package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal a module's error bundle can say is said somewhere in its code: a key nobody throws
 * is a rule that silently went away (or a text that drifted from its rule). A key is used when its
 * literal appears in the module's sources, or when it is built from a literal prefix and suffix
 * ({@code "dossier." + field + ".required"}); {@code status.*} keys are the state names that
 * {@code DomainException} shows in place of the raw enum names, and {@code Enum.CONSTANT} keys the
 * translated constants of an enum the module declares (shown in refusals the same way).
 */
class ErrorBundlesTest {
    private static final Path MODULES = Path.of("..", "modules");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.[A-Z][A-Z0-9_]*");

    @Test
    void everyKeyOfEveryModulesErrorBundleIsUsedInItsCode() throws IOException {
        List<String> unused = new ArrayList<>();
        int bundles = 0;
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                String name = module.getFileName().toString();
                Path bundle = module.resolve("src/main/resources/fr/vigie/" + name + "/i18n/errors.properties");
                if (!Files.exists(bundle) || name.equals("platform")) {
                    continue;
                }
                bundles++;
                String code = sources(module.resolve("src/main/java"));
                for (String key : keys(bundle)) {
                    if (!used(key, code)) {
                        unused.add(name + ": " + key);
                    }
                }
            }
        }
        assertTrue(bundles >= 3, "the modules' error bundles were not found from " + MODULES.toAbsolutePath());
        assertEquals(List.of(), unused, "error-bundle keys no code uses");
    }

    private static boolean used(String key, String code) {
        if (key.startsWith("status.") || code.contains('"' + key + '"')) {
            return true;
        }
        Matcher constant = ENUM_CONSTANT.matcher(key);
        if (constant.matches() && code.contains("enum " + constant.group(1) + " ")) {
            return true;
        }
        int first = key.indexOf('.');
        int last = key.lastIndexOf('.');
        return first > 0
                && last > first
                && code.contains('"' + key.substring(0, first + 1) + '"')
                && code.contains('"' + key.substring(last) + '"');
    }

    private static List<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames().stream().sorted().toList();
    }

    private static String sources(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
