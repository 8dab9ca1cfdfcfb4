package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator's holiday calendar: list a year, add a day with a reason, remove it. */
class ClockCalendarBrowserIT extends BrowserTestBase {

    @Test
    void addAndRemoveAHoliday(Browser browser) {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + 2;
        // A Wednesday in October: never a national holiday.
        LocalDate day = LocalDate.of(year, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        browser.loginAsDemo("admin");
        browser.open("/admin/calendar.xhtml");
        browser.type(By.id("holidaysForm:year"), Integer.toString(year));
        browser.clickAndWaitForAjax(By.id("holidaysForm:showYear"));
        String table = browser.text(By.id("holidaysForm:holidays"));
        assertTrue(table.contains("Lundi de Pâques") && table.contains("Ascension"), "movable feasts listed: " + table);

        browser.clickAndWaitForAjax(By.id("holidaysForm:addHoliday"));
        browser.waitFor(By.id("addHolidayDialog"));
        ClockCalculatorBrowserIT.typeDate(browser, "addForm:date_input", day.toString());
        browser.type(By.id("addForm:name"), "Pont navigateur");
        browser.clickAndWaitForAjax(By.id("addForm:save"));
        assertFalse(browser.text(By.id("addForm:reasonMessage")).isBlank(), "a reason is required");

        browser.type(By.id("addForm:reason"), "Bridge granted (browser test)");
        browser.clickAndWaitForAjax(By.id("addForm:save"));
        browser.waitUntilGone(By.id("addHolidayDialog"));
        assertTrue(browser.text(By.id("messages")).contains("Jour férié ajouté"), browser.text(By.id("messages")));

        browser.type(By.id("holidaysForm:year"), Integer.toString(year));
        browser.clickAndWaitForAjax(By.id("holidaysForm:showYear"));
        By row = By.cssSelector("tr.vg-holiday-" + day);
        assertTrue(browser.text(row).contains("Pont navigateur"));
        browser.clickAndWaitForAjax(By.cssSelector("tr.vg-holiday-" + day + " .vg-holiday-action"));
        browser.waitFor(By.id("removeHolidayDialog"));
        browser.type(By.id("removeForm:reason"), "Bridge withdrawn (browser test)");
        browser.clickAndWaitForAjax(By.id("removeForm:save"));
        browser.waitUntilGone(By.id("removeHolidayDialog"));
        assertTrue(browser.text(By.id("messages")).contains("Jour férié retiré"), browser.text(By.id("messages")));
        assertFalse(browser.isPresent(row), "the day is a working day again");
    }
}
