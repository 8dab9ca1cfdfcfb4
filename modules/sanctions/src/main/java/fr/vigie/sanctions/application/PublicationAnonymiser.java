package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.job.JobRuns;
import fr.vigie.platform.api.security.SystemTasks;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.SanctionCase;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes the organisation's name from published decisions on their anonymisation day: every night
 * (container timer) as the system task "sanctions publication anonymisation" (ADR 5), or when an
 * administrator asks (audited under their name, the work under the system's).
 *
 * <p>Cluster-safe: the transaction first takes a transaction-scoped PostgreSQL advisory lock; a
 * server that cannot take it does nothing (another is at work), and the commit releases it, so
 * it never leaks on a pooled connection. The work is idempotent (a case already anonymised is skipped).
 * The nightly run is claimed per due time in the same transaction ({@link JobRuns}): a server whose
 * timer fires after the other's run has committed does nothing.
 */
@Stateless
public class PublicationAnonymiser {
    private static final Logger LOG = Logger.getLogger(PublicationAnonymiser.class.getName());
    /** The advisory lock key of this task: "SANC" "ANON" as two 32-bit halves. */
    static final long LOCK_KEY = 0x53414E43_414E4F4EL;

    static final String TASK = "sanctions publication anonymisation";

    @PersistenceContext(unitName = "sanctions")
    EntityManager em;

    @Inject
    CaseRepository cases;

    @Inject
    SystemTasks systemTasks;

    @Inject
    Stamps stamps;

    @Inject
    AuditTrail audit;

    @Inject
    SanctionEventLog eventLog;

    @Inject
    JobRuns jobRuns;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vigie.sanctions.anonymisation.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "2", minute = "10", persistent = false, info = TASK)
    void nightly() {
        if (enabled) {
            Instant due = JobRuns.dueTime(Instant.now(clock));
            int done = systemTasks.call(TASK, () -> anonymiseDue(due));
            if (done < 0) {
                LOG.info(() -> "Sanctions publication anonymisation due at " + due + ": another server has it");
            } else {
                LOG.info(() -> "Sanctions publication anonymisation: " + done + " decision(s)");
            }
        }
    }

    /** An administrator runs the task now; returns how many published decisions were anonymised. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public int runNow() {
        audit.record(SanctionAudit.of("ANONYMISATION_REQUESTED", null, null).build());
        return Math.max(0, systemTasks.call(TASK, () -> anonymiseDue(null)));
    }

    /**
     * The anonymisation, in the caller's transaction; {@code due}: the nightly run's due time, claimed
     * in that transaction (JobRuns), or null for an administrator's run.
     *
     * @return how many decisions were anonymised; -1 when another server has the nightly run
     */
    @PermitAll
    int anonymiseDue(Instant due) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return due == null ? 0 : -1;
        }
        if (due != null && !jobRuns.claim(TASK, due)) {
            return -1;
        }
        Stamp stamp = stamps.now();
        int count = 0;
        for (SanctionCase c : cases.dueForAnonymisation(stamp.today())) {
            c.anonymisePublication(stamp);
            eventLog.write(c);
            count++;
        }
        cases.flush();
        if (due != null) {
            jobRuns.finished(TASK, due);
        }
        return count;
    }
}
