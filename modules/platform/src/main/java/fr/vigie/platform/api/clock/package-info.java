/**
 * The legal clocks as other modules use them: start a clock on a case under a named policy
 * ({@link fr.vigie.platform.api.clock.LegalClocks}), record what happens to it (suspension,
 * resumption, extension, met, stopped), read a case's clocks, and react to
 * {@link fr.vigie.platform.api.clock.ClockStatusChanged} events. Policy codes are the constants
 * of {@code fr.vigie.platform.clock.domain.PolicyCodes}. Nothing else of the clock packages is
 * meant for other modules.
 */
package fr.vigie.platform.api.clock;
