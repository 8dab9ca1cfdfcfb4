package fr.vigie.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Reads the text a French page shows (never what the user types: inputs, text areas and hidden
 * parts are skipped) for what a French administration never writes: an ISO date
 * ({@code 2026-12-05}, also inside a timestamp) or a code in capitals with underscores
 * ({@code DECISION_PENDING}) where a translated name belongs. Each finding is listed in
 * {@code target/accessibility/writing.txt} with its page; {@code -Dvigie.it.writing=enforce} makes
 * a finding fail the test.
 */
final class PageWriting {
    /**
     * Words in capitals that French administrative writing uses as they are (a single-word code such
     * as {@code GRANTED} is reported; these are not).
     */
    private static final String ACRONYMS =
            "['CNIL', 'RGPD', 'GDPR', 'EHDS', 'EEDS', 'ISO', 'SIREN', 'SIRET', 'SIRENE', 'NAF', 'INSEE',"
                    + " 'CSV', 'XLSX', 'PDF', 'API', 'URL', 'HTTP', 'HTTPS', 'JSON', 'CESREES', 'CEPD', 'EDPB', 'TVA', 'SAS',"
                    + " 'SARL', 'SASU', 'EURL', 'SNC', 'SCI', 'GIE', 'EPIC', 'EPA', 'CHU', 'AP', 'HP', 'APHP', 'RGAA', 'WCAG',"
                    + " 'UTC', 'CET', 'EUR', 'IMI', 'DPO', 'AIPD', 'DPIA', 'IA', 'SNDS', 'HDH', 'SIG', 'FR', 'EN', 'UE', 'EEE',"
                    + " 'PMSI', 'CASD', 'DCIR', 'CJA', 'SMS', 'AVC', 'CSS', 'HTML', 'CEDEX', 'CHR', 'ARS', 'CPAM', 'CNAM', 'INSERM', 'CNRS', 'INCA']";

    /** Collects the findings in the page's visible text; returns [] on a page not in French. */
    private static final String SCAN = """
            if (!(document.documentElement.lang || '').startsWith('fr')) { return []; }
            const iso = /(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?!\\d)/g;
            const code = /(?<![\\w-])[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+(?![\\w-])/g;
            const word = /(?<![\\w-])[A-Z]{3,}(?![\\w-])/g;
            const acronyms = new Set(%s);
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
              acceptNode(node) {
                const parent = node.parentElement;
                if (!parent || parent.closest('script,style,textarea,input,select,noscript,[hidden],[aria-hidden=true]')) {
                  return NodeFilter.FILTER_REJECT;
                }
                return parent.getClientRects().length ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
              }
            });
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.nodeValue;
              for (const re of [iso, code, word]) {
                re.lastIndex = 0;
                let m;
                while ((m = re.exec(text)) !== null) {
                  if (re === word && acronyms.has(m[0])) { continue; }
                  const from = Math.max(0, m.index - 40);
                  found.push((re === iso ? 'iso-date' : re === code ? 'code' : 'word') + ': ' + m[0] + '  «'
                      + text.substring(from, m.index + m[0].length + 40).replace(/\\s+/g, ' ').trim() + '»');
                }
              }
            }
            return found.slice(0, 30);
            """.formatted(ACRONYMS);

    private final WebDriver driver;
    private final boolean enforce = "enforce".equals(System.getProperty("vigie.it.writing", "report"));
    private final Path log = Path.of(System.getProperty("vigie.it.screenshots", "target/screenshots"))
            .resolveSibling("accessibility")
            .resolve("writing.txt");

    PageWriting(WebDriver driver) {
        this.driver = driver;
    }

    /** Checks the page on screen (the caller checks each document once). */
    void checkCurrentPage() {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) ((JavascriptExecutor) driver).executeScript(SCAN);
        if (found == null || found.isEmpty()) {
            return;
        }
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst(";jsessionid=[^?]*", "");
        String findings = found.stream().map(f -> "    " + f).collect(Collectors.joining("\n"));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    path + "\n" + findings + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (enforce) {
            throw new AssertionError("Written as no French administration writes, on " + path + ":\n" + findings);
        }
    }
}
