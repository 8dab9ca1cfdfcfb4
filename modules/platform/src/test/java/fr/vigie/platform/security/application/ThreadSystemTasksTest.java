package fr.vigie.platform.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadSystemTasksTest {
    private final ThreadSystemTasks tasks = new ThreadSystemTasks();

    @Test
    void theTaskIsActiveOnlyWhileItsWorkRuns() {
        assertFalse(tasks.active());
        String seen =
                tasks.call("clock status job", () -> ThreadSystemTasks.current().orElseThrow());
        assertEquals("clock status job", seen);
        assertFalse(tasks.active(), "a pooled thread must not keep the system identity");
    }

    @Test
    void aFailingTaskLeavesNoSystemIdentityBehind() {
        assertThrows(
                IllegalStateException.class,
                () -> tasks.run("seeding", () -> {
                    throw new IllegalStateException("boom");
                }));
        assertEquals(Optional.empty(), ThreadSystemTasks.current());
    }

    @Test
    void aNestedTaskKeepsTheOuterNameAndTheOuterTaskStaysActive() {
        tasks.run("outer", () -> {
            assertEquals("outer", tasks.call("inner", () -> ThreadSystemTasks.current()
                    .orElseThrow()));
            assertTrue(tasks.active(), "the outer task is still running");
        });
        assertFalse(tasks.active());
    }

    @Test
    void anotherThreadIsNotTheSystem() throws InterruptedException {
        boolean[] otherThreadActive = {true};
        tasks.run("job", () -> {
            Thread other = new Thread(() -> otherThreadActive[0] = tasks.active());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertFalse(otherThreadActive[0]);
    }

    @Test
    void aTaskMustBeNamed() {
        assertThrows(IllegalArgumentException.class, () -> tasks.run(" ", () -> {}));
        assertThrows(IllegalArgumentException.class, () -> tasks.run(null, () -> {}));
    }
}
