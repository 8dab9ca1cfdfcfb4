/**
 * A clock tracked on a case: the {@link fr.vigie.platform.clock.tracking.TrackedClock} aggregate
 * (JPA entity of table {@code platform.clock}) and its append-only history of
 * {@link fr.vigie.platform.clock.tracking.ClockEvent}s. The aggregate rebuilds the engine's
 * {@link fr.vigie.platform.clock.domain.ClockFacts} from its history and stores the evaluation
 * (due date, at-risk day, status) so that reports can query it in SQL.
 */
package fr.vigie.platform.clock.tracking;
