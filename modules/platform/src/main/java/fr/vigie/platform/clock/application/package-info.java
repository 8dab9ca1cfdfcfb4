/**
 * Use cases of the legal clocks: tracking clocks on cases ({@link fr.vigie.platform.clock.application.ClockTracking},
 * the implementation of {@link fr.vigie.platform.api.clock.LegalClocks}), the deadline calculator, the
 * administration of the holiday calendar and of the policy catalogue, and the scheduled status job.
 * Transactions begin here; every change is audited in the same transaction.
 */
package fr.vigie.platform.clock.application;
