/**
 * The legal-clock engine: how long a legal period lasts and on which day it ends.
 *
 * <p>Every deadline the authority tracks (complaints, inspections, sanctions, research
 * dossiers) is computed here, in one place, so that the same rules of Regulation (EEC,
 * Euratom) No 1182/71 Art. 3 apply everywhere and every computed date can explain itself
 * rule by rule. The package is pure Java on purpose: no persistence, no CDI, no clock of
 * its own ("today" is always a parameter), so the rules are tested exhaustively with plain
 * JUnit and reused unchanged by the tracking layer, the reports and the benchmarks.
 *
 * <p>Entry points: {@link fr.vigie.platform.clock.domain.DeadlineCalculator} (dates),
 * {@link fr.vigie.platform.clock.domain.PolicyCatalogue} (which period applies to which
 * legal deadline), {@link fr.vigie.platform.clock.domain.Suspensions} (stopped time) and
 * {@link fr.vigie.platform.clock.domain.ClockStatus} (what a screen shows).
 */
package fr.vigie.platform.clock.domain;
