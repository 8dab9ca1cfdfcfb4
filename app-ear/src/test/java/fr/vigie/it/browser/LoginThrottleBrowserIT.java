package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The login page says plainly when attempts are throttled, and when to try again. */
class LoginThrottleBrowserIT extends BrowserTestBase {

    @Test
    void aThrottledAccountGetsAClearMessageOnTheLoginPage(Browser browser) {
        String username = uniqueUsername("thrform");
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"T\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"correct-horse-battery\",\"reason\":\"throttle test\"}");
        assertEquals(201, created.status(), created.toString());
        // Someone guesses the password through the API from elsewhere: the account reaches its limit (8 in tests).
        for (int i = 0; i < 8; i++) {
            Api.as(username, "guess-" + i).from("192.0.2." + (i + 10)).get("me");
        }

        browser.login(username, "correct-horse-battery");

        assertEquals("/login.xhtml", browser.path());
        String message = browser.text(By.id("loginMessages"));
        assertTrue(message.contains("Trop de tentatives de connexion infructueuses"), message);
        assertTrue(message.matches("(?s).*Réessayez dans \\d+ minutes?\\..*"), message);
    }
}
