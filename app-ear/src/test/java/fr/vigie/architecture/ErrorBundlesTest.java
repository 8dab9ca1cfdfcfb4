package fr.vigie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of every bundle of the platform and the modules ({@code fr/vigie/<module>/i18n/*.properties}:
 * refusals, screens, letters, minutes, clocks...) is said somewhere, and says it in both languages.
 *
 * <p>A key nobody uses is a rule that silently went away, or a screen text that drifted from its
 * screen. A key is used when the main code of some module (Java, pages, SQL views) holds it:
 *
 * <ul>
 *   <li>as a literal: {@code "error.reason.required"}, {@code #{msg['button.save']}}, or as a property
 *       of a bundle variable for a key without dots ({@code #{rm.title}});
 *   <li>built from a literal prefix and a literal or constant-name rest: {@code "col." + "reference"},
 *       {@code #{cm['status.'.concat(s.status())]}} with {@code CONVENED} a constant in the code, or
 *       {@code 'LEAD_INSPECTOR'} a literal of a reporting view;
 *   <li>built from a literal first and last segment: {@code "dossier." + field + ".required"};
 *   <li>built from a constant name and a literal rest: {@code type.name() + ".subject"};
 *   <li>as {@code Enum.CONSTANT} of an enum the code declares: the way {@code DomainException} shows an
 *       enum argument of a refusal;
 *   <li>under one of the {@link #DYNAMIC_PREFIXES}, each listed with the code that builds it, whose rest
 *       starts with a literal or a constant name of the code.
 * </ul>
 *
 * <p>Every French key has its English twin and the other way round, except in the bundles that are
 * {@link #FRENCH_ONLY}: official documents written in the authority's language.
 */
class ErrorBundlesTest {
    private static final Path MODULES = Path.of("..", "modules");
    private static final Pattern BUNDLE = Pattern.compile("[a-z]+(_[a-z]{2})?\\.properties");
    /** Java or EL strings; searched separately, since a page's EL {@code '...'} sits inside an attribute's {@code "..."}. */
    private static final List<Pattern> STRING_LITERALS =
            List.of(Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\""), Pattern.compile("'([^'\\n]*)'"));

    private static final Pattern CONSTANT_NAME = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\b");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");

    /** Key prefixes whose rest the code builds at run time, by bundle ({@code <module>/<bundle>}). */
    private static final Map<String, Map<String, String>> DYNAMIC_PREFIXES = Map.of(
            "complaints/messages",
            Map.of("detail.", "WordingBean writes an audit detail name=value as detail.<name>.<value> (platform web)"),
            "crossborder/messages",
            Map.of(
                    "audit.action.CROSSBORDER_",
                    "CrossBorderEventLog records each act as CROSSBORDER_<CrossBorderAct>, named on the audit trail"),
            "sanctions/fines",
            Map.of(
                    "capRule.", "FineTexts.labelKey: an enum argument shown as <enumType>.<CONSTANT>",
                    "fineProcedure.", "FineTexts.labelKey: an enum argument shown as <enumType>.<CONSTANT>",
                    "infringement.", "FineTexts.labelKey: an enum argument shown as <enumType>.<CONSTANT>"));

    /** Bundles written in French only, with the reason. */
    private static final Map<String, String> FRENCH_ONLY = Map.of(
            "complaints/letters", "letters to complainants are official French documents (LetterRenderer)",
            "committee/minutes", "the committee's minutes are an official French document (MinutesRenderer)");

    @Test
    void everyKeyOfEveryBundleIsUsedInTheCode() throws IOException {
        Code code = Code.read(MODULES);
        List<String> unused = new ArrayList<>();
        Set<String> prefixesSeen = new HashSet<>();
        List<Path> bundles = bundles();
        for (Path bundle : bundles) {
            String name = name(bundle);
            Map<String, String> dynamic = DYNAMIC_PREFIXES.getOrDefault(name, Map.of());
            for (String key : keys(bundle)) {
                String prefix = dynamic.keySet().stream()
                        .filter(key::startsWith)
                        .findFirst()
                        .orElse(null);
                if (prefix != null && code.holds(firstSegment(key.substring(prefix.length())))) {
                    prefixesSeen.add(name + " " + prefix);
                } else if (!code.uses(key)) {
                    unused.add(name + ": " + key);
                }
            }
        }
        assertTrue(bundles.size() >= 20, "the bundles were not found from " + MODULES.toAbsolutePath());
        assertEquals(List.of(), unused, "bundle keys no code uses");
        Set<String> listed = new TreeSet<>();
        DYNAMIC_PREFIXES.forEach((b, prefixes) -> prefixes.keySet().forEach(p -> listed.add(b + " " + p)));
        listed.removeAll(prefixesSeen);
        assertEquals(Set.of(), listed, "dynamic prefixes listed here that no key uses any more");
    }

    @Test
    void everyFrenchKeyHasItsEnglishTwinAndTheOtherWayRound() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path french : bundles()) {
            String name = name(french);
            Path english =
                    french.resolveSibling(french.getFileName().toString().replace(".properties", "_en.properties"));
            if (FRENCH_ONLY.containsKey(name)) {
                assertTrue(!Files.exists(english), name + " is listed as French only but has an English bundle");
                continue;
            }
            if (!Files.exists(english)) {
                missing.add(name + ": no English bundle");
                continue;
            }
            Set<String> fr = new TreeSet<>(keys(french));
            Set<String> en = new TreeSet<>(keys(english));
            fr.stream().filter(k -> !en.contains(k)).forEach(k -> missing.add(name + "_en: " + k));
            en.stream().filter(k -> !fr.contains(k)).forEach(k -> missing.add(name + " (French): " + k));
        }
        assertEquals(List.of(), missing, "keys without their translation");
    }

    private static String firstSegment(String rest) {
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** {@code <module>/<bundle>} of a bundle file, e.g. {@code platform/messages}. */
    private static String name(Path bundle) {
        Path relative = MODULES.relativize(bundle);
        String file = bundle.getFileName().toString();
        return relative.getName(0) + "/" + file.substring(0, file.length() - ".properties".length());
    }

    /** The French (base) bundles: {@code <name>.properties} beside its {@code <name>_en.properties}. */
    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(MODULES)) {
            return files.filter(p ->
                            p.toString().replace('\\', '/').matches(".*/src/main/resources/fr/vigie/[a-z]+/i18n/[^/]+"))
                    .filter(p -> {
                        Matcher m = BUNDLE.matcher(p.getFileName().toString());
                        return m.matches() && m.group(1) == null;
                    })
                    .sorted()
                    .toList();
        }
    }

    private static List<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames().stream().sorted().toList();
    }

    /** What the main code of all modules holds: its text, string literals, constant names and enums. */
    private record Code(String text, Set<String> literals, Set<String> constants, Set<String> enums) {

        static Code read(Path modules) throws IOException {
            StringBuilder text = new StringBuilder();
            Set<String> literals = new HashSet<>();
            Set<String> constants = new HashSet<>();
            Set<String> enums = new HashSet<>();
            Pattern enumDeclaration = Pattern.compile("\\benum\\s+([A-Z][A-Za-z0-9]*)");
            try (Stream<Path> files = Files.walk(modules)) {
                for (Path f : files.filter(Code::isMainCode).toList()) {
                    String content = Files.readString(f, StandardCharsets.UTF_8);
                    text.append(content).append('\n');
                    for (Pattern strings : STRING_LITERALS) {
                        Matcher literal = strings.matcher(content);
                        while (literal.find()) {
                            literals.add(literal.group(1));
                        }
                    }
                    if (!f.toString().endsWith(".xhtml")) {
                        Matcher constant = CONSTANT_NAME.matcher(content);
                        while (constant.find()) {
                            constants.add(constant.group());
                        }
                    }
                    Matcher declared = enumDeclaration.matcher(content);
                    while (declared.find()) {
                        enums.add(declared.group(1));
                    }
                }
            }
            return new Code(text.toString(), literals, constants, enums);
        }

        private static boolean isMainCode(Path f) {
            String p = f.toString().replace('\\', '/');
            return p.contains("/src/main/")
                    && (p.endsWith(".java") || p.endsWith(".xhtml") || p.endsWith(".sql") || p.endsWith(".xml"));
        }

        /** A literal or a constant name of the code. */
        boolean holds(String word) {
            return literals.contains(word) || constants.contains(word);
        }

        boolean uses(String key) {
            if (literals.contains(key)) {
                return true;
            }
            if (key.indexOf('.') < 0) {
                return Pattern.compile("[A-Za-z_]\\." + Pattern.quote(key) + "\\b")
                        .matcher(text)
                        .find();
            }
            Matcher constant = ENUM_CONSTANT.matcher(key);
            if (constant.matches() && enums.contains(constant.group(1)) && constants.contains(constant.group(2))) {
                return true;
            }
            for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
                String head = key.substring(0, dot);
                String rest = key.substring(dot + 1);
                if (literals.contains(head + ".") && holds(rest)) {
                    return true; // "col." + "reference", 'status.'.concat(s.status())
                }
                if (constants.contains(head) && literals.contains("." + rest)) {
                    return true; // type.name() + ".subject"
                }
            }
            int first = key.indexOf('.');
            int last = key.lastIndexOf('.');
            return last > first
                    && literals.contains(key.substring(0, first + 1))
                    && literals.contains(key.substring(last)); // "dossier." + field + ".required"
        }
    }
}
