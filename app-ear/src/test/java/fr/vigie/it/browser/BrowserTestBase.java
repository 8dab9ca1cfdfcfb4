package fr.vigie.it.browser;

import fr.vigie.it.RunningVigie;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the suite's running application (see {@link RunningVigie}) and a fresh
 * browser per test, passed as a {@link Browser} parameter.
 */
@ExtendWith(BrowserExtension.class)
abstract class BrowserTestBase extends RunningVigie {

    /** A username no earlier run has used (the database may be kept between runs). */
    static String uniqueUsername(String prefix) {
        return prefix + "." + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString((int) (Math.random() * 1296), 36);
    }
}
