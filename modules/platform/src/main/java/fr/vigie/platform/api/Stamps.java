package fr.vigie.platform.api;

import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The current user and the current time, as one {@link Stamp} for the aggregates' verbs. */
@ApplicationScoped
public class Stamps {
    /** Set only while {@link #backdated} runs, on its thread. */
    private static final ThreadLocal<Stamp> BACKDATED = new ThreadLocal<>();

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Stamp now() {
        Stamp backdated = BACKDATED.get();
        return backdated != null ? backdated : new Stamp(currentUser.username(), clock.instant(), LocalDate.now(clock));
    }

    /**
     * Runs {@code work} with its acts stamped as done by {@code stamp}'s actor on its day, to recreate
     * a past history (demo data seeded at start-up by a system task). The platform still records its
     * own facts at their real time (audit trail, clock events). Not reachable from a person's
     * request: no page or REST resource calls it.
     */
    public void backdated(Stamp stamp, Runnable work) {
        Stamp previous = BACKDATED.get();
        BACKDATED.set(stamp);
        try {
            work.run();
        } finally {
            if (previous == null) {
                BACKDATED.remove();
            } else {
                BACKDATED.set(previous);
            }
        }
    }
}
