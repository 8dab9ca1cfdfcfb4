package fr.vigie.committee.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.domain.ReviewAct;
import fr.vigie.committee.domain.ReviewStage;
import fr.vigie.committee.domain.SessionAct;
import fr.vigie.committee.domain.SessionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committee's pages ask the aggregates what may be done ({@code bean.may('ACT')}): every act a
 * page names exists (a misspelt act would hide its button for ever), and the backing beans compare
 * no state names (the lifecycle is the domain's, not a copy in the web layer).
 */
class PagesAskTheActsTest {
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/committee");
    private static final Path BEANS = Path.of("src/main/java/fr/vigie/committee/web");
    private static final Pattern MAY = Pattern.compile("(\\w+)\\.may\\(([^)]*)\\)");
    private static final Pattern LITERAL_ACT = Pattern.compile("'([A-Z][A-Z_]*)'");

    /** The acts each bean answers for: a session's; a review's, and postponing it from its session. */
    private static final Map<String, Set<String>> ACTS = Map.of(
            "committeeSession", names(SessionAct.values()),
            "committeeReview", union(names(ReviewAct.values()), Set.of(SessionAct.POSTPONE.name())));

    @Test
    void everyActAPageAsksForExists() throws IOException {
        List<String> unknown = new ArrayList<>();
        int asked = 0;
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher may = MAY.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (may.find()) {
                asked++;
                String where = page.getFileName() + ": " + may.group();
                Matcher act = LITERAL_ACT.matcher(may.group(2).strip());
                if (!ACTS.containsKey(may.group(1)) || !act.matches()) {
                    unknown.add(where + " (a known bean and a literal act name)");
                } else if (!ACTS.get(may.group(1)).contains(act.group(1))) {
                    unknown.add(where);
                }
            }
        }
        assertTrue(asked >= 10, "the pages' may('X') were not found under " + PAGES.toAbsolutePath());
        assertEquals(List.of(), unknown, "acts the pages name that do not exist");
    }

    @Test
    void theBeansCompareNoStateNames() throws IOException {
        Set<String> states = union(names(SessionStatus.values()), names(ReviewStage.values()));
        List<String> found = new ArrayList<>();
        List<Path> beans = files(BEANS, "Bean.java");
        assertFalse(beans.isEmpty(), "no beans under " + BEANS.toAbsolutePath());
        for (Path bean : beans) {
            String code = Files.readString(bean, StandardCharsets.UTF_8);
            for (String state : states) {
                if (code.contains('"' + state + '"')) {
                    found.add(bean.getFileName() + ": \"" + state + '"');
                }
            }
        }
        assertEquals(List.of(), found, "state names in the web beans: ask the aggregate's acts instead");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
