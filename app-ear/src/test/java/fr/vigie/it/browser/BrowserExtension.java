package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link Browser} (a new profile, so no cookie or session leaks from one
 * test to another), keeps a screenshot and the page source when the test fails, and skips the
 * whole class, loudly, where Chromium is not installed — except in CI (environment variable
 * {@code CI=true}, or {@code -Dvigie.it.browser.required=true}), where a missing browser fails the
 * class: a green CI run must mean the screens were clicked through.
 */
public class BrowserExtension
        implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String KEY = "browser";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (browserRequired() && !Browser.available()) {
            throw new IllegalStateException("Chromium is required here (CI) but /usr/bin/chromium or "
                    + "/usr/bin/chromedriver is missing: install chromium and chromium-driver");
        }
        assumeTrue(Browser.available(), "BROWSER TESTS SKIPPED: chromium not installed");
    }

    static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("vigie.it.browser.required");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        KEY,
                        key -> {
                            try {
                                return Browser.start();
                            } catch (IOException e) {
                                throw new IllegalStateException("Could not start Chromium", e);
                            }
                        },
                        Browser.class);
    }

    /** Runs before {@code @AfterEach} methods, while the page of the failure is still on screen. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(KEY, Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_");
            Path directory = Path.of(System.getProperty("vigie.it.screenshots", "target/screenshots"));
            browser.saveEvidence(directory, name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(KEY, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
