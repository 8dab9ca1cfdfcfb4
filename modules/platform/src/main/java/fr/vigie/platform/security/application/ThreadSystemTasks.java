package fr.vigie.platform.security.application;

import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * {@link SystemTasks} on the calling thread: the task's name is held in a thread-local for the
 * duration of the work and always removed afterwards, so a pooled thread never keeps it. Calls
 * to local EJBs, synchronous CDI observers and JPA all run on the caller's thread, which is
 * why a thread-local reaches every service the task uses (and no asynchronous work, on purpose).
 */
@ApplicationScoped
public class ThreadSystemTasks implements SystemTasks {
    private static final Logger LOG = Logger.getLogger(ThreadSystemTasks.class.getName());
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public <T> T call(String task, Supplier<T> work) {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("a system task needs a name");
        }
        Objects.requireNonNull(work, "work");
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(task.strip());
        LOG.fine(() -> "System task started: " + task);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    @Override
    public boolean active() {
        return CURRENT.get() != null;
    }

    /** The name of the system task running on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
