package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The deadline calculator: a result explained rule by rule, and bad input shown on its field. */
class ClockCalculatorBrowserIT extends BrowserTestBase {

    static void typeDate(Browser browser, String inputId, String isoDate) {
        browser.type(By.id(inputId), isoDate);
        browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
    }

    @Test
    void computesAPeriodAndExplainsEachRule(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/clocks/calculator.xhtml");
        browser.waitFor(By.id("calculatorForm:compute"));
        assertTrue(browser.isVisible(By.id("noResult")));

        // 10 days after Monday 4 May 2026 is Thursday 14 May, Ascension: rolled to Friday 15 May.
        browser.type(By.id("calculatorForm:amount"), "10");
        typeDate(browser, "calculatorForm:start_input", "2026-05-04");
        browser.clickAndWaitForAjax(By.id("calculatorForm:compute"));

        assertTrue(browser.text(By.id("lastDay")).contains("vendredi 15 mai 2026"), browser.text(By.id("lastDay")));
        String steps = browser.text(By.id("steps"));
        assertTrue(
                steps.contains("jeudi 14 mai 2026") && steps.contains("Ascension") && steps.contains("reporté"), steps);
        assertTrue(steps.contains("art. 3(4)"), steps);
    }

    @Test
    void aPolicyOfTheCatalogueCanBeChosen(Browser browser) {
        // A laptop's window, narrower than the longest policy's entry (some 1,500 px on one line): the list
        // must fit it, or the page can scroll sideways as the list's filter takes the focus, and PrimeFaces
        // closes an open list when the page scrolls (the list closed as it opened in whole-suite runs).
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.loginAsDemo("manager");
        browser.open("/clocks/calculator.xhtml");
        Number spare = (Number) ((JavascriptExecutor) browser.driver()).executeScript("""
                        var panel = document.getElementById('calculatorForm:policy_panel');
                        panel.style.display = 'block';
                        var spare = document.documentElement.clientWidth - panel.getBoundingClientRect().width;
                        panel.style.display = '';
                        return spare;
                        """);
        assertTrue(spare.doubleValue() > 0, "the list of policies is narrower than the window: " + spare);
        browser.choose("calculatorForm:policy", "Décret 2019-536 art. 40 — Organisation replies");
        typeDate(browser, "calculatorForm:start_input", "2026-04-09");
        browser.clickAndWaitForAjax(By.id("calculatorForm:compute"));
        // 9 April + 1 month = Saturday 9 May 2026, rolled to Monday 11 May (8 May is a holiday, a Friday).
        assertTrue(browser.text(By.id("lastDay")).contains("lundi 11 mai 2026"), browser.text(By.id("lastDay")));
        assertTrue(browser.text(By.id("steps")).contains("samedi 9 mai 2026"));
        assertTrue(browser.text(By.id("lastDayIso")).contains("Décret 2019-536 art. 40"));
    }

    @Test
    void badInputIsShownOnItsFieldAndClearsTheResult(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/clocks/calculator.xhtml");
        browser.type(By.id("calculatorForm:amount"), "10");
        typeDate(browser, "calculatorForm:start_input", "2026-05-04");
        browser.clickAndWaitForAjax(By.id("calculatorForm:compute"));
        browser.waitFor(By.id("lastDay"));

        browser.type(By.id("calculatorForm:amount"), "-3");
        browser.clickAndWaitForAjax(By.id("calculatorForm:compute"));
        assertFalse(
                browser.text(By.id("calculatorForm:amountMessage")).isBlank(), "negative period refused on the field");
        assertFalse(browser.isPresent(By.id("lastDay")), "no stale result next to wrong input");

        browser.type(By.id("calculatorForm:amount"), "10");
        browser.clickAndWaitForAjax(By.id("calculatorForm:addSuspension"));
        browser.clickAndWaitForAjax(By.id("calculatorForm:addSuspension"));
        typeDate(browser, "calculatorForm:suspensionRows:0:from_input", "2026-05-05");
        typeDate(browser, "calculatorForm:suspensionRows:0:to_input", "2026-05-10");
        typeDate(browser, "calculatorForm:suspensionRows:1:from_input", "2026-05-08");
        typeDate(browser, "calculatorForm:suspensionRows:1:to_input", "2026-05-12");
        browser.clickAndWaitForAjax(By.id("calculatorForm:compute"));
        assertTrue(
                browser.text(By.id("calculatorForm:suspensionMessage")).contains("chevauche"),
                "overlapping suspensions refused on the field");
    }
}
