package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RGAA 7.3 / WCAG 2.1.1 and 2.4.7: a handler does a day's errand without the mouse — signs in, opens
 * the work list from the main menu, filters it, opens a complaint, records an information to the
 * complainant and signs out — with Tab, arrows, Enter and typing only. Every element the focus
 * lands on must show it (an outline or a shadow that differs from its unfocused look).
 */
@ExtendWith(BrowserExtension.class)
class KeyboardOnlyBrowserIT extends RunningVigie {
    /** Enough for the longest way between two stops of this errand (the menu, the filters). */
    private static final int MAX_TABS = 60;

    /** The focused element's description, and whether its focus is visible. */
    private static final String FOCUS = """
            const e = document.activeElement;
            if (!e || e === document.body) { return ['body', true]; }
            const focused = getComputedStyle(e);
            const shown = (focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0)
                || (focused.boxShadow && focused.boxShadow !== 'none');
            const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' «' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().substring(0, 40) + '»';
            return [name, shown];
            """;

    @Test
    void aHandlerDoesTheErrandWithTheKeyboardAlone(Browser browser) {
        String siren = Complaints.uniqueSiren();
        String reference = Complaints.assigned(siren, "Mon employeur consulte mes arrêts maladie sans mon accord.")
                .getString("reference");
        Keyboard keys = new Keyboard(browser);

        browser.open("/login.xhtml");
        keys.tabTo(e -> "loginForm:username".equals(e.getAttribute("id")));
        keys.type("handler");
        keys.tabTo(e -> "loginForm:password".equals(e.getAttribute("id")));
        keys.type(Browser.DEMO_PASSWORD);
        keys.press(Keys.ENTER);
        browser.waitFor(Browser.LOGOUT);

        // The main menu is one stop: arrows move inside it, Enter opens a group and follows an entry.
        keys.tabTo(e -> inside(browser, e, "mainMenu"));
        keys.arrowTo(Keys.ARROW_RIGHT, e -> e.getText().contains("Plaintes"));
        keys.press(Keys.ARROW_DOWN);
        keys.arrowTo(
                Keys.ARROW_DOWN,
                e -> e.getText().contains("Liste des plaintes") || hasClass(e, "vg-menu-complaints-list"));
        keys.press(Keys.ENTER);
        waitForPage(browser, "/complaints/list.xhtml");

        keys.tabTo(e -> "listForm:organisation".equals(e.getAttribute("id")));
        keys.type(siren);
        keys.tabTo(e -> "listForm:apply".equals(e.getAttribute("id")));
        keys.press(Keys.ENTER);
        browser.waitForAjax();
        keys.tabTo(e -> hasClass(e, "vg-complaint-link") && e.getText().strip().equals(reference));
        keys.press(Keys.ENTER);
        waitForPage(browser, "/complaints/file.xhtml");

        keys.tabTo(e -> "fileForm:inform".equals(e.getAttribute("id")));
        keys.press(Keys.ENTER);
        browser.waitForAjax();
        browser.waitFor(By.id("informForm:summary"));
        keys.tabTo(e -> "informForm:summary".equals(e.getAttribute("id")));
        keys.type("Nous avons écrit à l'employeur et reviendrons vers vous.");
        keys.tabTo(e -> "informForm:save".equals(e.getAttribute("id")));
        keys.press(Keys.ENTER);
        browser.waitFor(By.cssSelector("#letters li[data-type='INFORMATION_OF_PROGRESS']"));

        keys.tabTo(e -> "topbarForm:logoutButton".equals(e.getAttribute("id")));
        keys.press(Keys.ENTER);
        waitForPage(browser, "/login.xhtml");

        assertEquals(List.of(), keys.invisibleFocus(), "every element the focus reached showed it");
        assertTrue(keys.stops() > 5, "the errand went through the focus order: " + keys.stops());
    }

    private static void waitForPage(Browser browser, String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.path().equals(path));
    }

    private static boolean inside(Browser browser, WebElement element, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return !!arguments[0].closest('[id=\"' + arguments[1] + '\"]');", element, id));
    }

    private static boolean hasClass(WebElement element, String name) {
        String classes = element.getAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(name);
    }

    /** Keys sent to whatever has the focus, as a person's keyboard does; never a click. */
    private static final class Keyboard {
        private final Browser browser;
        private final List<String> invisible = new ArrayList<>();
        private int stops;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        /** Keys go to whatever the browser has focused, as from a keyboard (no element is targeted). */
        void press(CharSequence key) {
            new Actions(browser.driver()).sendKeys(key).perform();
        }

        void type(String text) {
            new Actions(browser.driver()).sendKeys(text).perform();
        }

        /** Presses Tab until the focused element is the one wanted, checking each stop's focus. */
        void tabTo(Predicate<WebElement> wanted) {
            moveTo(Keys.TAB, wanted);
        }

        /** Presses an arrow key until the focused element is the one wanted. */
        void arrowTo(Keys arrow, Predicate<WebElement> wanted) {
            moveTo(arrow, wanted);
        }

        private void moveTo(Keys key, Predicate<WebElement> wanted) {
            List<String> passed = new ArrayList<>();
            for (int i = 0; i < MAX_TABS; i++) {
                WebElement focused = browser.driver().switchTo().activeElement();
                if (wanted.test(focused)) {
                    return;
                }
                press(key);
                stops++;
                List<?> focus = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(FOCUS);
                passed.add(String.valueOf(focus.get(0)));
                if (!Boolean.TRUE.equals(focus.get(1))) {
                    invisible.add(browser.path() + " " + focus.get(0));
                }
            }
            throw new AssertionError(
                    "Not reached with " + key.name() + " on " + browser.path() + "; focus went through " + passed);
        }

        List<String> invisibleFocus() {
            return invisible.stream().distinct().toList();
        }

        int stops() {
            return stops;
        }
    }
}
