/**
 * Storage of the legal clocks: JPA entities of the policy versions and holiday adjustments,
 * the JPA repository of tracked clocks, and the set-based SQL of the status sweep and of the
 * batch recomputation (plain JDBC, so that the benchmark runs exactly the production SQL).
 */
package fr.vigie.platform.clock.persistence;
