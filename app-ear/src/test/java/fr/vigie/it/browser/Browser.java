package fr.vigie.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test, with the few gestures the tests need. It uses the system's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} so that Selenium never tries to
 * download a browser or a driver.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);

    /** The logout button of the top bar: present on every page of a signed-in user. */
    public static final By LOGOUT = By.id("topbarForm:logoutButton");

    /** Password of every demo account (dev and test profiles only). */
    public static final String DEMO_PASSWORD = "Vigie-Demo-2026!";

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Accessibility accessibility;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.profile = Files.createTempDirectory("vigie-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=fr",
                "--user-data-dir=" + profile);
        // The test identity provider (SsoBrowserIT) serves its login page only over HTTPS, with the self-signed
        // certificate Liberty generates; nothing else the tests open uses TLS.
        options.setAcceptInsecureCerts(true);
        // The page's console (script errors above all), read when a step fails: see diagnosis().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.accessibility = new Accessibility(driver);
    }

    /** Whether this machine has Chromium and its driver; prints a loud banner when it has not. */
    public static boolean available() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("""

                    ############################################################################
                    ##  BROWSER TESTS SKIPPED: chromium not installed (need /usr/bin/chromium  ##
                    ##  and /usr/bin/chromedriver). Install them with:                        ##
                    ##    apt-get install --no-install-recommends chromium chromium-driver     ##
                    ##  (.ci/run does it). The UI flows were NOT tested in this run.           ##
                    ############################################################################
                    """);
        }
        return present;
    }

    static Browser start() throws IOException {
        return new Browser(System.getProperty("vigie.it.base.url", "http://localhost:9181/vigie"));
    }

    /** A browser whose relative paths go to another server (the cluster test's first server). */
    public static Browser startAt(String baseUrl) throws IOException {
        return new Browser(baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    // --- navigation ----------------------------------------------------------------------------

    /** Opens a path of the application, e.g. {@code /admin/users.xhtml}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        accessibility.checkCurrentPage();
        return this;
    }

    /** Opens a path on another server of the same host: its cookies go along, as behind a load balancer. */
    public Browser openOn(String otherBaseUrl, String path) {
        driver.get(otherBaseUrl + path);
        accessibility.checkCurrentPage();
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        String url = url();
        int start = url.indexOf(contextPath());
        String path = start < 0 ? url : url.substring(start + contextPath().length());
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private String contextPath() {
        return baseUrl.substring(baseUrl.indexOf('/', "http://".length()));
    }

    /** Signs in through the login page and waits for the page that follows. */
    public Browser login(String username, String password) {
        if (!path().equals("/login.xhtml")) {
            open("/login.xhtml");
        }
        submitLogin(username, password);
        return this;
    }

    public Browser loginAsDemo(String username) {
        login(username, DEMO_PASSWORD);
        waitFor(LOGOUT);
        return this;
    }

    /** Fills and submits the login form of the current page, without waiting for a particular outcome. */
    public void submitLogin(String username, String password) {
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        clickAndWaitForPage(By.id("loginForm:loginButton"));
    }

    /**
     * Signs out with the top bar's button and waits for the login page. The button posts a form
     * whose answer is a redirect: the wait is on the navigation itself (see
     * {@link #clickAndWaitForPage}), then on the login page's own field, never on an element of
     * the page being replaced.
     */
    public Browser logout() {
        clickAndWaitForPage(LOGOUT);
        new WebDriverWait(driver, WAIT).until(d -> path().equals("/login.xhtml"));
        waitFor(By.id("loginForm:username"));
        return this;
    }

    /** A day as the French pages show it in tables and lines ("5 déc. 2026"), see {@code DatesBean#day}. */
    public static String frenchDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.FRENCH)
                .format(day);
    }

    /** A main-menu entry by the id its {@code MenuEntry} declares (present even inside a closed sub-menu). */
    public static By menuEntry(String id) {
        return By.cssSelector("#mainMenu a.vg-menu-" + id);
    }

    // --- gestures ------------------------------------------------------------------------------

    public WebElement waitFor(By locator) {
        WebElement element =
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        accessibility.checkCurrentPage();
        return element;
    }

    public void waitUntilGone(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public boolean isVisible(By locator) {
        List<WebElement> found = driver.findElements(locator);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Replaces the field's content with {@code value}. Selenium's {@code clear()} alone is not enough: a
     * PrimeFaces date picker or masked input restores its value on the change event it fires, and the
     * typed text is then appended to the old one; selecting everything and deleting it is what a person does.
     */
    public void type(By locator, String value) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Clicks something that sends a PrimeFaces Ajax request, then waits until the request is done. */
    public void clickAndWaitForAjax(By locator) {
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
        waitForAjax();
    }

    /**
     * Clicks something that loads a new page, then waits until the new page is there.
     *
     * <p>The old page is recognised by a mark put on its {@code window} before the click: a new
     * document never carries it. Asking an element of the old page whether it went stale is not
     * reliable on current Chromium: while the document is being replaced, the driver may answer
     * "Node with given id does not belong to the document" (an unknown error, not a
     * stale-element one), which is neither "still there" nor "gone".
     */
    public void clickAndWaitForPage(By locator) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator));
        String mark = "vigie-page-" + System.nanoTime();
        js().executeScript("window.__vigiePageMark = arguments[0];", mark);
        element.click();
        waitForNewDocument(mark);
        accessibility.checkCurrentPage();
    }

    /** Waits until the window holds a document other than the one marked with {@code mark}, fully loaded. */
    private void waitForNewDocument(String mark) {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return window.__vigiePageMark !== arguments[0] && document.readyState === 'complete';",
                                mark)));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /**
     * Picks an entry of a PrimeFaces drop-down ({@code p:selectOneMenu}) as a person does: open it,
     * click the entry whose label starts with {@code label}, and wait until the panel has closed
     * and the drop-down shows the choice. The panel's opening animation can swallow a click that
     * arrives too early, and its closing animation can cover the next button: both are waited out.
     */
    public void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        By shown = By.cssSelector(css + "_label");
        By panel = By.cssSelector(css + "_panel");
        By item = By.cssSelector(css + "_items li[data-label^='" + label.replace("'", "\\'") + "']");
        watch(menuId);
        for (int attempt = 1; ; attempt++) {
            // Open the panel only when it is closed: a click on the drop-down while its panel is
            // still opening (a slow machine) would close it again, and every later attempt would
            // toggle it the same way.
            if (!isVisible(panel)) {
                new WebDriverWait(driver, WAIT)
                        .until(ExpectedConditions.elementToBeClickable(shown))
                        .click();
            }
            try {
                WebElement entry = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(item));
                // A long list scrolls inside its panel: bring the entry into the panel's view first.
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", entry);
                entry.click();
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
                waitForAjax();
                return;
            } catch (org.openqa.selenium.TimeoutException
                    | org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                // Not interactable: the panel was still opening (or closing) when the click came.
                if (attempt == 4) {
                    throw new AssertionError(
                            "Could not choose '" + label + "' in " + menuId + ": " + diagnosis(menuId), e);
                }
            }
        }
    }

    /** Notes, in the page, what happens to the drop-down while it is used: read by diagnosis() on failure. */
    private void watch(String menuId) {
        ((JavascriptExecutor) driver).executeScript("""
                        if (window.__vgLog) { return; }
                        var log = window.__vgLog = [], t0 = performance.now();
                        var note = function (m) { log.push(Math.round(performance.now() - t0) + 'ms ' + m); };
                        var name = function (e) { return e && (e.id || e.className || e.nodeName); };
                        var geometry = function (id) {
                            var p = document.getElementById(id + '_panel'), r = p && p.getBoundingClientRect();
                            return ' x=' + window.scrollX + ' y=' + window.scrollY + ' doc=' + document.documentElement.scrollWidth + 'x'
                                + document.documentElement.scrollHeight + ' view=' + innerWidth + 'x' + innerHeight
                                + (r ? ' panel=' + Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) : '')
                                + ' active=' + (document.activeElement && document.activeElement.id);
                        };
                        var menu = arguments[0];
                        window.addEventListener('scroll', function (e) { note('scroll ' + name(e.target) + geometry(menu)); }, true);
                        window.addEventListener('resize', function () { note('resize ' + innerWidth + 'x' + innerHeight); });
                        document.addEventListener('mousedown', function (e) { note('mousedown ' + name(e.target)); }, true);
                        document.addEventListener('click', function (e) { note('click ' + name(e.target)); }, true);
                        var w = window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(arguments[0]) : null;
                        note('widget ' + (w ? w.widgetVar : 'none') + ' mobile=' + (window.PrimeFaces && PrimeFaces.env.mobile)
                            + ' hideOnViewportChange=' + (window.PrimeFaces && PrimeFaces.hideOverlaysOnViewportChange));
                        if (w) {
                            ['show', 'hide', 'handleViewportChange', 'revert'].forEach(function (n) {
                                var f = w[n];
                                w[n] = function () {
                                    note(n + geometry(menu) + ' <- ' + (new Error().stack || '').split('\\n').slice(2, 5).join(' | '));
                                    return f.apply(this, arguments);
                                };
                            });
                        }
                        """, menuId);
    }

    /** What the page says about a drop-down that would not open or choose: widget, panel, items, console. */
    private String diagnosis(String menuId) {
        Object state = ((JavascriptExecutor) driver).executeScript("""
                        var id = arguments[0], panel = document.getElementById(id + '_panel');
                        var items = panel ? panel.querySelectorAll('li.ui-selectonemenu-item') : [];
                        var shown = Array.prototype.filter.call(items, function (li) { return li.offsetParent !== null; });
                        var filter = document.getElementById(id + '_filter');
                        var widgets = window.PrimeFaces ? Object.keys(PrimeFaces.widgets).length : -1;
                        return 'readyState=' + document.readyState + ', widgets=' + widgets
                            + ', panel=' + (panel ? getComputedStyle(panel).display + '/' + panel.className : 'absent')
                            + ', items=' + items.length + ' (' + shown.length + ' shown)'
                            + ', filter=' + (filter ? JSON.stringify(filter.value) : 'none')
                            + ', scrollY=' + window.scrollY
                            + ', active=' + (document.activeElement ? document.activeElement.id : '')
                            + '\\n  ' + (window.__vgLog || ['(not watched)']).join('\\n  ');
                        """, menuId);
        StringBuilder text = new StringBuilder(String.valueOf(state));
        try {
            driver.manage().logs().get("browser").forEach(entry -> text.append("\n  console ")
                    .append(entry.getLevel())
                    .append(' ')
                    .append(entry.getMessage()));
        } catch (org.openqa.selenium.WebDriverException noLogs) {
            text.append("\n  (no console log: ").append(noLogs.getMessage()).append(')');
        }
        return text.toString();
    }

    public void waitForAjax() {
        new WebDriverWait(driver, WAIT)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                                                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    // --- diagnostics and end ---------------------------------------------------------------------

    /**
     * Saves what the page looks like, for a person's review of each role's pages
     * ({@code target/screenshots/roles}); never fails itself.
     */
    void saveScreenshot(String name) {
        Path directory = Path.of(System.getProperty("vigie.it.screenshots", "target/screenshots"))
                .resolve("roles");
        try {
            Files.createDirectories(directory);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(), directory.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] could not save the screenshot " + name + ": " + e);
        }
    }

    /** Saves a screenshot and the page source for a failed test; never fails itself. */
    void saveEvidence(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(), directory.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
            System.err.println("[browser] evidence of the failure: " + directory.resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] could not save evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + profile, e);
        }
    }
}
