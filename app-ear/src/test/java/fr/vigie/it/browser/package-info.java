/**
 * Browser tests: headless Chromium driven by Selenium against the running application (started
 * once for the suite by the integration-test harness). Each test opens its own browser and signs in
 * itself, and creates the accounts it changes, so the tests do not depend on each other's order.
 */
package fr.vigie.it.browser;
