package fr.vigie.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks each page a browser test shows against the WCAG 2.0/2.1 A and AA rules with axe-core (the
 * RGAA's reference). A serious or critical violation fails the test, naming the rule and the
 * elements; every page checked is listed in {@code target/accessibility/pages.txt} with its
 * figures, the evidence for the accessibility statement. {@code -Dvigie.it.axe=report} only lists
 * the violations (to measure a page before fixing it).
 */
final class Accessibility {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final WebDriver driver;
    private final boolean enforce = !"report".equals(System.getProperty("vigie.it.axe", "enforce"));
    private final Path log = Path.of(System.getProperty("vigie.it.screenshots", "target/screenshots"))
            .resolveSibling("accessibility")
            .resolve("pages.txt");
    private final PageWriting writing;
    private String lastDocument = "";

    Accessibility(WebDriver driver) {
        this.driver = driver;
        this.writing = new PageWriting(driver);
    }

    /**
     * Checks the page on screen unless it was checked already (the same document: an Ajax update
     * of a checked page is not checked again) or it is still loading.
     */
    void checkCurrentPage() {
        Object state = ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete' ? String(performance.timeOrigin) : null");
        if (state == null || state.equals(lastDocument)) {
            return;
        }
        lastDocument = state.toString();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        record(results, blocking);
        writing.checkCurrentPage();
        if (enforce && !blocking.isEmpty()) {
            throw new AssertionError(
                    "Accessibility (WCAG 2.1 AA, axe-core) of " + driver.getCurrentUrl() + ":\n" + describe(blocking));
        }
    }

    static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                        + "\n    "
                        + rule.getNodes().stream()
                                .limit(8)
                                .map(Accessibility::target)
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget()) + "  " + abbreviate(node.getHtml());
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    private void record(Results results, List<Rule> blocking) {
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
        String line = path + "\tpasses=" + results.getPasses().size() + "\tviolations="
                + results.getViolations().size()
                + "\tserious+critical=" + blocking.size() + "\n"
                + (results.getViolations().isEmpty() ? "" : describe(results.getViolations()) + "\n");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
