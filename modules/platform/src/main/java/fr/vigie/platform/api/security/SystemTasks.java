package fr.vigie.platform.api.security;

import java.util.function.Supplier;

/**
 * Work that Vigie does on its own behalf, with no person behind it: scheduled jobs, reactions to
 * events fired by those jobs (a tacit opinion recorded when a committee clock runs out), start-up
 * seeding of demo data.
 *
 * <p>Inside {@link #call}/{@link #run}, on the calling thread: {@link CurrentUser#username()} is
 * {@value #SYSTEM_USERNAME} (so the audit trail says the system did it, and the task's name is
 * in {@link CurrentUser#displayName()}), no role is held, and the platform's legal clocks
 * ({@code LegalClocks}, which checks authorisation in code) accept the caller for every module. Why not a
 * container run-as identity: Vigie authenticates people with its own identity store, and a
 * Liberty run-as needs a user registry; an explicit, named system task is also easier to audit
 * than a borrowed role. Module entry points guarded by {@code @RolesAllowed} still refuse it:
 * a module lets the system act only through code it writes for that purpose.
 *
 * <p>Only code inside the application can start a system task (there is no REST or page entry
 * point); nesting is allowed and keeps the outer task's name.
 */
public interface SystemTasks {
    /** The username recorded for the system's own acts. */
    String SYSTEM_USERNAME = "system";

    /**
     * Runs {@code work} as the system, naming the task (e.g. {@code "clock status job"}).
     *
     * @return what {@code work} returned
     */
    <T> T call(String task, Supplier<T> work);

    /** Runs {@code work} as the system, naming the task. */
    default void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return null;
        });
    }

    /** True while the current thread runs a system task. */
    boolean active();
}
