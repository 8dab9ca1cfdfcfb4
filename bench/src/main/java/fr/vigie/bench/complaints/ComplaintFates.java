package fr.vigie.bench.complaints;

import fr.vigie.complaints.domain.Outcome;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How far a synthetic complaint went, shared by the complaints' and the reports' generators so that
 * both load the same kind of authority: whether it is still open (recent ones, plus a tail of hard
 * cases), the outcome of a closed one, and the days of its acts between receipt and closure.
 */
public final class ComplaintFates {
    private ComplaintFates() {}

    /** The days of the acts: {@code on[0]} is receipt, {@code on[1..stages]} the acts; {@code last} closure (or today). */
    public record Acts(LocalDate[] on, LocalDate last) {}

    /** Whether a complaint received {@code age} days ago is still open. */
    public static boolean staysOpen(SplittableRandom r, long age) {
        return age <= 5 || r.nextDouble() < Math.exp(-age / 120.0) + (age < 1095 ? 0.015 : 0);
    }

    /** The outcome of a closed complaint; most against an organisation abroad go to its lead authority. */
    public static Outcome closingOutcome(SplittableRandom r, boolean abroad) {
        int draw = r.nextInt(100);
        return abroad && draw < 70
                ? Outcome.TRANSFERRED_TO_LEAD_AUTHORITY
                : draw < 24
                        ? Outcome.INADMISSIBLE
                        : draw < 44
                                ? Outcome.NO_BREACH
                                : draw < 84
                                        ? Outcome.RESOLVED_AFTER_INTERVENTION
                                        : draw < 90
                                                ? Outcome.REPRIMAND_REQUESTED
                                                : draw < 96
                                                        ? Outcome.REFERRED_TO_INSPECTION
                                                        : draw < 98
                                                                ? Outcome.REFERRED_TO_SANCTIONS
                                                                : abroad
                                                                        ? Outcome.TRANSFERRED_TO_LEAD_AUTHORITY
                                                                        : Outcome.RESOLVED_AFTER_INTERVENTION;
    }

    /**
     * Lays out {@code stages} acts after receipt: nominal gaps, squeezed so that the last act falls
     * before the closure (a closed complaint) or today (an open one, {@code age} days old).
     */
    public static Acts actDays(SplittableRandom r, LocalDate received, long age, Outcome outcome, int stages) {
        long end = outcome == null
                ? age
                : Math.min(age, outcome.judgesTheMerits() ? 40 + r.nextInt(360) : 10 + r.nextInt(80));
        long[] gaps = {1 + r.nextInt(4), 3 + r.nextInt(18), 1 + r.nextInt(15), 1 + r.nextInt(20)};
        long nominal = 0;
        for (int i = 0; i < stages; i++) {
            nominal += gaps[i];
        }
        double squeeze = nominal > end ? (double) end / nominal : 1;
        LocalDate[] on = new LocalDate[5];
        on[0] = received;
        long at = 0;
        for (int i = 0; i < stages; i++) {
            at += Math.round(gaps[i] * squeeze);
            on[i + 1] = received.plusDays(Math.min(at, end));
        }
        return new Acts(on, received.plusDays(end));
    }
}
